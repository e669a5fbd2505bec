using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Outreach.Local.Hosting;
using Outreach.Local.Storage;

namespace Outreach.Benchmarks;

/// <summary>
/// What every benchmark runs against: an in-memory Azurite, the local host on it with quiet logs, and an API
/// client for the user "benchmark" (a long timeout: large imports and waits are the point here).
/// </summary>
internal sealed class BenchmarkHost : IAsyncDisposable
{
    public const string User = "benchmark";

    private readonly AzuriteProcess _azurite;

    private BenchmarkHost(AzuriteProcess azurite, OutreachLocalHost host)
    {
        _azurite = azurite;
        Host = host;
        Api = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(30) };
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.Tokens.CreateToken(User));
    }

    public OutreachLocalHost Host { get; }

    public HttpClient Api { get; }

    /// <param name="settings">Configuration on top of storage and log level (e.g. the Graph sandbox's URL).</param>
    public static async Task<BenchmarkHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true });
        try
        {
            var overrides = new Dictionary<string, string?>
            {
                [LocalHostSettings.Storage] = azurite.ConnectionString,
                ["Logging:LogLevel:Default"] = "Warning",
            };
            foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
            {
                overrides[name] = value;
            }

            var host = await OutreachLocalHost.StartAsync(new LocalHostOptions
            {
                Port = 0,
                StorageConnectionString = azurite.ConnectionString,
                ConfigurationOverrides = overrides,
                ConfigureLogging = logging => logging.SetMinimumLevel(LogLevel.Warning).AddFilter("System.Net.Http", LogLevel.Warning),
            });
            return new BenchmarkHost(azurite, host);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Host.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
