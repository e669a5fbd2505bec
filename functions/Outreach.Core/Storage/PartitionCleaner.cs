namespace Outreach.Storage;

/// <summary>Deletes a key range of a user's partition in transactions of 100.</summary>
public static class PartitionCleaner
{
    /// <returns>How many rows were deleted.</returns>
    public static async Task<int> DeleteRangeAsync(TableClient client, UserId user, string? prefix, CancellationToken cancellationToken)
    {
        var filter = prefix is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {user.PartitionKey}")
            : RowKeys.Range(user, prefix);
        var deleted = 0;
        var batch = new List<TableTransactionAction>(100);
        await foreach (var row in client.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(user.PartitionKey, row.RowKey), ETag.All));
            if (batch.Count == 100)
            {
                deleted += await SubmitAsync(client, batch, cancellationToken);
            }
        }

        return deleted + await SubmitAsync(client, batch, cancellationToken);
    }

    private static async Task<int> SubmitAsync(TableClient client, List<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        var count = batch.Count;
        if (count > 0)
        {
            await client.SubmitTransactionAsync(batch, cancellationToken);
            batch.Clear();
        }

        return count;
    }
}
