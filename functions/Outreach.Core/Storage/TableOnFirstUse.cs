namespace Outreach.Storage;

/// <summary>
/// A table created on first use rather than at start-up, and tried again if storage was not reachable
/// the last time. In Azure the infrastructure creates the tables; this keeps a fresh Azurite working.
/// </summary>
public class TableOnFirstUse(TableServiceClient service, string tableName)
{
    private readonly TableClient _client = service.GetTableClient(tableName);
    private readonly Lock _sync = new();
    private Task? _creating;

    public async Task<TableClient> GetClientAsync(CancellationToken cancellationToken)
    {
        Task task;
        lock (_sync)
        {
            if (_creating is null || _creating.IsFaulted || _creating.IsCanceled)
            {
                _creating = CreateAsync();
            }

            task = _creating;
        }

        await task.WaitAsync(cancellationToken);
        return _client;
    }

    private async Task CreateAsync()
    {
        try
        {
            await _client.CreateIfNotExistsAsync();
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Another instance created it at the same moment.
        }
    }
}
