using Microsoft.Extensions.Logging;
using Outreach.Local.Hosting;

namespace Outreach.IntegrationTests.Api;

/// <summary>The real Function App on its own Azurite, with every log line captured to show what never reaches a log.</summary>
public sealed class HostileHostFixture : IAsyncLifetime, IDisposable
{
    private readonly AzuriteFixture _storage = new();
    private OutreachLocalHost? _host;

    public OutreachLocalHost Host => _host ?? throw new InvalidOperationException("The local host has not started.");

    public AzuriteFixture Storage => _storage;

    public CapturedLogs Logs { get; } = new();

    public async Task InitializeAsync()
    {
        await _storage.InitializeAsync();
        var options = LocalHostFixture.TestOptions(_storage.ConnectionString);
        _host = await OutreachLocalHost.StartAsync(options with
        {
            ConfigurationOverrides = new Dictionary<string, string?>(options.ConfigurationOverrides) { ["Logging:LogLevel:Default"] = "Information" },
            ConfigureLogging = logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(Logs),
        });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }

    public void Dispose() => Logs.Dispose();
}
