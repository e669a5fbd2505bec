using Microsoft.Extensions.DependencyInjection;
using Outreach.IntegrationTests.LocalHost.TestFunctions;
using Outreach.Local.Catalog;
using Outreach.Local.Hosting;

namespace Outreach.IntegrationTests.LocalHost;

/// <summary>Starts the local host on a test Function App (see <see cref="TestFunctionApp"/>) against the shared Azurite.</summary>
internal static class DispatcherHost
{
    public static Task<OutreachLocalHost> StartAsync(
        AzuriteFixture storage,
        FunctionAppFiles app,
        InvocationLog log,
        IReadOnlyDictionary<string, string?>? settings = null,
        TimeSpan? queueProcessingVisibility = null)
    {
        var options = LocalHostFixture.TestOptions(storage.ConnectionString);
        var overrides = new Dictionary<string, string?>(options.ConfigurationOverrides);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        return OutreachLocalHost.StartAsync(options with
        {
            FunctionApp = app,
            ConfigurationOverrides = overrides,
            ConfigureServices = services => services.AddSingleton(log),
            QueueProcessingVisibility = queueProcessingVisibility,
        });
    }
}
