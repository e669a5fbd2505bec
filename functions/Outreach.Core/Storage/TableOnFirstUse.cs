using Azure;
using Azure.Data.Tables;

namespace Outreach.Storage;

/// <summary>
/// A table created on first use rather than at start-up, and tried again if storage was not reachable
/// the last time. In Azure the infrastructure creates the tables; this keeps a fresh Azurite working.
/// </summary>
public class TableOnFirstUse(TableServiceClient service, string tableName)
{
    private readonly TableClient client = service.GetTableClient(tableName);
    private readonly Lock sync = new();
    private Task? creating;

    public async Task<TableClient> GetClientAsync(CancellationToken cancellationToken)
    {
        Task task;
        lock (sync)
        {
            if (creating is null || creating.IsFaulted || creating.IsCanceled)
            {
                creating = CreateAsync();
            }

            task = creating;
        }

        await task.WaitAsync(cancellationToken);
        return client;
    }

    private async Task CreateAsync()
    {
        try
        {
            await client.CreateIfNotExistsAsync();
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Another instance created it at the same moment.
        }
    }
}
