namespace Outreach.Storage;

/// <summary>Deletes a key range of a user's partition in transactions of 100.</summary>
public static class PartitionCleaner
{
    // A few transactions at a time: a large partition goes several times faster, storage is not flooded.
    private const int Parallel = 4;

    /// <returns>How many rows were deleted.</returns>
    public static async Task<int> DeleteRangeAsync(TableClient client, UserId user, string? prefix, CancellationToken cancellationToken)
    {
        var filter = prefix is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {user.PartitionKey}")
            : RowKeys.Range(user, prefix);
        return await DeleteAsync(client, user, filter, keep: null, cancellationToken);
    }

    /// <summary>
    /// Deletes every row of the partition but <paramref name="keep"/>, again and again until a pass finds
    /// none: rows written while it ran (by work that started before) go too.
    /// </summary>
    /// <returns>How many rows were deleted.</returns>
    public static async Task<int> EmptyPartitionAsync(TableClient client, UserId user, string keep, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {user.PartitionKey}");
        var total = 0;
        int deleted;
        do
        {
            deleted = await DeleteAsync(client, user, filter, keep, cancellationToken);
            total += deleted;
        }
        while (deleted > 0);

        return total;
    }

    private static async Task<int> DeleteAsync(TableClient client, UserId user, string filter, string? keep, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var running = new List<Task<int>>(Parallel);
        var batch = new List<TableTransactionAction>(100);
        await foreach (var row in client.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (row.RowKey == keep)
            {
                continue;
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(user.PartitionKey, row.RowKey), ETag.All));
            if (batch.Count == 100)
            {
                running.Add(SubmitAsync(client, batch, cancellationToken));
                batch = new List<TableTransactionAction>(100);
                if (running.Count == Parallel)
                {
                    var done = await Task.WhenAny(running);
                    running.Remove(done);
                    deleted += await done;
                }
            }
        }

        running.Add(SubmitAsync(client, batch, cancellationToken));
        return deleted + (await Task.WhenAll(running)).Sum();
    }

    private static async Task<int> SubmitAsync(TableClient client, List<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        while (batch.Count > 0)
        {
            try
            {
                await client.SubmitTransactionAsync(batch, cancellationToken);
                return batch.Count;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404 && ex.FailedTransactionActionIndex is { } index && index < batch.Count)
            {
                // Someone else deleted that row meanwhile (a second erase worker): the rest still goes.
                batch.RemoveAt(index);
            }
        }

        return 0;
    }
}
