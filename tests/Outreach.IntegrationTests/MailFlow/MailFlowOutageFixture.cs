using Outreach.Local.Storage;

namespace Outreach.IntegrationTests.MailFlow;

/// <summary>
/// The mail loop with the host's table storage behind a proxy that a test can take down at a chosen table
/// transaction (see <see cref="StorageProxy"/>), so a long operation fails exactly where the test says.
/// </summary>
public sealed class MailFlowOutageFixture : MailFlowFixture
{
    private StorageProxy? _table;

    private StorageProxy Table => _table ?? throw new InvalidOperationException("The table proxy has not started.");

    /// <summary>
    /// Table storage goes away when the host starts its <paramref name="count"/>-th table transaction from now;
    /// that transaction never reaches storage. The task completes when storage is down.
    /// </summary>
    public Task StopStorageAtTableBatchAsync(int count) => Table.GoDownAtRequestAsync(StorageOutageFixture.TableBatchRequestLine, count);

    /// <summary>Table storage is back on the same port with everything it held.</summary>
    public void StartStorage() => Table.Up();

    protected override string HostStorage(AzuriteProcess azurite)
    {
        _table = StorageProxy.Start(azurite.TablePort);
        return AzuriteProcess.ConnectionStringFor(azurite.BlobPort, azurite.QueuePort, _table.Port);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_table is not null)
        {
            await _table.DisposeAsync();
        }
    }
}
