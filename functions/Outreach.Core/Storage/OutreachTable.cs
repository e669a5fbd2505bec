using Azure;
using Azure.Data.Tables;

namespace Outreach.Storage;

/// <summary>
/// The one table that holds every user's rows, one partition per user, so that a person, their queue
/// row and the user's summary can change together in one transaction.
/// </summary>
public sealed class OutreachTable(TableServiceClient service)
{
    public const string TableName = "Outreach";

    private readonly TableClient client = service.GetTableClient(TableName);
    private readonly Lock sync = new();
    private Task? creating;

    public async Task<TableClient> GetClientAsync(CancellationToken cancellationToken)
    {
        Task task;
        lock (sync)
        {
            // Created on first use, and tried again if storage was not reachable the last time.
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
