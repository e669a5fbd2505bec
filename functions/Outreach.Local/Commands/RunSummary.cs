using System.Globalization;
using Outreach.Local.Catalog;
using Outreach.Local.Hosting;
using Outreach.Local.Http;
using Outreach.Local.Storage;

namespace Outreach.Local.Commands;

/// <summary>What runs where, printed once the local run is up.</summary>
internal static class RunSummary
{
    public static void Write(TextWriter output, OutreachLocalHost host, AzuriteProcess? azurite, string dataDirectory, string? paneDirectory = null)
    {
        var culture = CultureInfo.InvariantCulture;
        var port = host.BaseAddress.Port.ToString(culture);
        var portOption = port == LocalHostOptions.DefaultPort.ToString(culture) ? string.Empty : $" --port {port}";

        output.WriteLine();
        output.WriteLine("Outreach local host");
        output.WriteLine($"  API       {host.ApiAddress}");
        foreach (var function in host.Catalog.Functions)
        {
            output.WriteLine($"            {Describe(host.Catalog, function)}");
        }

        output.WriteLine(azurite is null
            ? "  Storage   the one given with --storage"
            : azurite.IsOwned
            ? $"  Storage   Azurite on 127.0.0.1:{azurite.BlobPort}-{azurite.TablePort}, data in {Path.Combine(dataDirectory, "azurite")}"
            : $"  Storage   Azurite already running on 127.0.0.1:{azurite.BlobPort}-{azurite.TablePort} (reused)");
        output.WriteLine($"  Issuer    {host.Tokens.Issuer} (audience {host.Tokens.Audience})");
        output.WriteLine($"  Graph     tokens from {host.Configuration[LocalHostSettings.GraphInstance]}{host.Configuration[LocalHostSettings.GraphTenantId]}/oauth2/v2.0/token (client {host.Configuration[LocalHostSettings.GraphClientId]})");
        output.WriteLine($"            Graph requests to {host.Configuration[LocalHostSettings.GraphBaseUrl]}");
        output.WriteLine($"  Token     TOKEN=$(dotnet run --project functions/Outreach.Local -- token --user alice{portOption})");
        output.WriteLine($"            curl -H \"Authorization: Bearer $TOKEN\" {host.ApiAddress}health");
        if (paneDirectory is not null)
        {
            output.WriteLine(Directory.Exists(paneDirectory)
                ? $"  Pane      {new Uri(host.BaseAddress, PaneFiles.RequestPath + "/")} (browser preview: ?user=demo&lang=de)"
                : $"  Pane      not built: {PaneFiles.BuildHint}");
        }

        output.WriteLine("Press Ctrl+C to stop.");
    }

    private static string Describe(FunctionCatalog catalog, CatalogFunction function) => function.Kind switch
    {
        TriggerKind.Http => string.Create(
            CultureInfo.InvariantCulture,
            $"{function.Name,-24} {string.Join(',', function.Trigger.Methods?.Select(m => m.ToUpperInvariant()) ?? ["*"]),-12} {HttpFunctionEndpoints.RoutePattern(catalog.Host.RoutePrefix, function)}"),
        TriggerKind.Queue => $"{function.Name,-24} queue        {function.Trigger.QueueName}",
        TriggerKind.Timer => $"{function.Name,-24} timer        {function.Trigger.Schedule}{(function.Trigger.RunOnStartup ? " (and on startup)" : string.Empty)}",
        _ => function.Name,
    };
}
