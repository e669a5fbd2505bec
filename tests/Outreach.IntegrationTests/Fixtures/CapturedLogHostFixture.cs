using Microsoft.Extensions.Logging;
using Outreach.Local.Hosting;

namespace Outreach.IntegrationTests.Fixtures;

/// <summary>The real Function App on its own Azurite, with every log line from <paramref name="level"/> up captured to show what never reaches a log.</summary>
public abstract class CapturedLogHostFixture(LogLevel level) : IAsyncLifetime, IDisposable
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
            ConfigurationOverrides = new Dictionary<string, string?>(options.ConfigurationOverrides) { ["Logging:LogLevel:Default"] = level.ToString() },
            ConfigureLogging = logging => logging.SetMinimumLevel(level).AddProvider(Logs),
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

    public void Dispose()
    {
        Logs.Dispose();
        GC.SuppressFinalize(this);
    }
}
