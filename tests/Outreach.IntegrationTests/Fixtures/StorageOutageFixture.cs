using Outreach.Local.Hosting;
using Outreach.Local.Storage;
using Outreach.Local.Tokens;

namespace Outreach.IntegrationTests.Fixtures;

/// <summary>
/// The local host against an in-memory Azurite of its own, reached through proxies that a test can take
/// down and bring back (same ports, data kept), so an outage hits only the tests that ask for it and
/// lands where the test says rather than where the machine's speed puts it.
/// </summary>
public sealed class StorageOutageFixture : IAsyncLifetime
{
    /// <summary>The request line of a table transaction (entity group transaction) sent to Azurite.</summary>
    public const string TableBatchRequestLine = $"POST /{AzuriteProcess.AccountName}/$batch ";

    private AzuriteProcess? _azurite;
    private StorageProxy? _table;
    private StorageProxy? _queue;
    private OutreachLocalHost? _host;

    public OutreachLocalHost Host => _host ?? throw new InvalidOperationException("The local host has not started.");

    public DevelopmentTokenIssuer Tokens => Host.Tokens;

    /// <summary>Storage as the host sees it: tables and queues through the proxies.</summary>
    public string ConnectionString => AzuriteProcess.ConnectionStringFor(Azurite.BlobPort, Queue.Port, Table.Port);

    /// <summary>Storage as it is, whatever the proxies do.</summary>
    public string DirectConnectionString => Azurite.ConnectionString;

    private AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started.");

    private StorageProxy Table => _table ?? throw new InvalidOperationException("The table proxy has not started.");

    private StorageProxy Queue => _queue ?? throw new InvalidOperationException("The queue proxy has not started.");

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(new AzuriteOptions());
        _table = StorageProxy.Start(_azurite.TablePort);
        _queue = StorageProxy.Start(_azurite.QueuePort);
        _host = await OutreachLocalHost.StartAsync(LocalHostFixture.TestOptions(ConnectionString));
    }

    /// <summary>Storage goes away for the host, as in a crash: connections cut, new ones refused.</summary>
    public async Task StopStorageAsync()
    {
        await Table.DownAsync();
        await Queue.DownAsync();
    }

    /// <summary>Storage is back on the same ports with everything it held.</summary>
    public void StartStorage()
    {
        Table.Up();
        Queue.Up();
    }

    /// <summary>
    /// Storage goes away when the host starts its <paramref name="count"/>-th table transaction from now;
    /// that transaction never reaches storage. The task completes when storage is down.
    /// </summary>
    public async Task StopStorageAtTableBatchAsync(int count)
    {
        await Table.GoDownAtRequestAsync(TableBatchRequestLine, count);
        await Queue.DownAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_table is not null)
        {
            await _table.DisposeAsync();
        }

        if (_queue is not null)
        {
            await _queue.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
