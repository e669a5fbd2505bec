namespace Outreach.Storage;

/// <summary>
/// A table created on first use rather than at start-up. Only a success is kept: a failed or cancelled
/// attempt is tried again by the next caller, and a success is forgotten once storage reports a missing
/// table (<see cref="MissingTables"/>). In Azure the infrastructure creates the tables; this keeps a
/// fresh or restarted Azurite working.
/// </summary>
public class TableOnFirstUse(TableServiceClient service, string tableName, MissingTables? missing = null)
{
    private readonly TableClient _client = service.GetTableClient(tableName);
    private readonly Lock _sync = new();
    private Task? _creating;
    private long _createdAtGeneration = -1;

    public async Task<TableClient> GetClientAsync(CancellationToken cancellationToken)
    {
        Task task;
        lock (_sync)
        {
            var generation = missing?.Generation ?? 0;
            if (_creating is null || _creating.IsFaulted || _creating.IsCanceled || (_creating.IsCompletedSuccessfully && generation != _createdAtGeneration))
            {
                _createdAtGeneration = generation;
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
