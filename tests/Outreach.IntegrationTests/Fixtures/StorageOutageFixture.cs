using Outreach.Local.Hosting;
using Outreach.Local.Storage;
using Outreach.Local.Tokens;
using Outreach.TestFixtures;

namespace Outreach.IntegrationTests.Fixtures;

/// <summary>
/// The local host against an Azurite of its own that a test may stop and start again (same ports, data
/// kept on disk), so an outage hits only the tests that ask for it.
/// </summary>
public sealed class StorageOutageFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = TestDirectories.Create("outage-azurite");
    private AzuriteProcess? _azurite;
    private OutreachLocalHost? _host;
    private string? _connectionString;
    private (int Blob, int Queue, int Table) _ports;

    public OutreachLocalHost Host => _host ?? throw new InvalidOperationException("The local host has not started.");

    public DevelopmentTokenIssuer Tokens => Host.Tokens;

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("Azurite has not started.");

    public async Task InitializeAsync()
    {
        await StartStorageAsync();
        _host = await OutreachLocalHost.StartAsync(LocalHostFixture.TestOptions(ConnectionString));
    }

    /// <summary>Kills the Azurite process (and its children): storage is gone, as in a crash.</summary>
    public async Task StopStorageAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
            _azurite = null;
        }
    }

    /// <summary>Starts Azurite on the same ports over the same data folder.</summary>
    public async Task StartStorageAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(new AzuriteOptions
        {
            InMemory = false,
            Location = _dataDirectory,
            BlobPort = _ports.Blob,
            QueuePort = _ports.Queue,
            TablePort = _ports.Table,
        });
        _ports = (_azurite.BlobPort, _azurite.QueuePort, _azurite.TablePort);
        _connectionString = _azurite.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await StopStorageAsync();
    }
}
