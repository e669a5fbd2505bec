using Outreach.Local.Hosting;
using Outreach.Local.Storage;

namespace Outreach.Local.Commands;

/// <summary>
/// The local run: Azurite with its data in <c>.outreach/azurite</c> (or the one already listening on
/// 10000-10002), then the API on <c>http://127.0.0.1:7071</c> and the development issuer's token
/// endpoint on <c>https://127.0.0.1:7443</c> until Ctrl+C.
/// </summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandLineArguments.Parse(args, "port", "https-port", "data-dir");
        var root = RepositoryRoot.Find();
        var dataDirectory = arguments.Text("data-dir") ?? RepositoryRoot.DataDirectory(root);

        output.WriteLine("Starting storage (Azurite) ...");
        await using var azurite = await AzuriteProcess.StartOrReuseAsync(
            AzuriteOptions.Defaults(Path.Combine(dataDirectory, "azurite")) with { RepositoryRoot = root, Log = output.WriteLine });

        await using var host = await OutreachLocalHost.StartAsync(new LocalHostOptions
        {
            Port = arguments.Int("port", LocalHostOptions.DefaultPort),
            HttpsPort = arguments.Int("https-port", LocalHostOptions.DefaultHttpsPort),
            StorageConnectionString = azurite.ConnectionString,
            DataDirectory = dataDirectory,
            Args = arguments.Rest,
        });

        RunSummary.Write(output, host, azurite, dataDirectory);
        await host.WaitForShutdownAsync();
        output.WriteLine(azurite.IsOwned ? "Stopping (and stopping Azurite) ..." : "Stopping (Azurite keeps running: it was not started here) ...");
        return 0;
    }
}
