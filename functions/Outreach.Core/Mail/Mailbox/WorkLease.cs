namespace Outreach.Mail.Mailbox;

/// <summary>
/// A short lease (<c>lease|{kind}</c>) so one worker at a time links or syncs a user's mailbox; a second
/// one backs off and the queue brings the work back. Lapses on its own if a worker dies.
/// </summary>
public static class WorkLease
{
    /// <summary>Runs <paramref name="work"/> under the lease and lets it go after; false when another worker holds it.</summary>
    public static async Task<bool> TryRunAsync(
        TableClient client, UserId user, string kind, TimeSpan length, TimeProvider time, Func<Task> work, CancellationToken cancellationToken)
    {
        if (!await TryTakeAsync(client, user, kind, length, time, cancellationToken))
        {
            return false;
        }

        try
        {
            await work();
        }
        finally
        {
            // Released even when the work was cancelled, so the next worker need not wait for it to lapse.
            await client.DeleteEntityAsync(user.PartitionKey, Key(kind), ETag.All, CancellationToken.None);
        }

        return true;
    }

    private static async Task<bool> TryTakeAsync(TableClient client, UserId user, string kind, TimeSpan length, TimeProvider time, CancellationToken cancellationToken)
    {
        var key = Key(kind);
        var now = time.GetUtcNow();
        var existing = await client.GetEntityIfExistsAsync<TableEntity>(user.PartitionKey, key, cancellationToken: cancellationToken);
        var lease = new TableEntity(user.PartitionKey, key) { ["Until"] = now + length };
        try
        {
            if (!existing.HasValue)
            {
                await client.AddEntityAsync(lease, cancellationToken);
                return true;
            }

            if (existing.Value!.GetDateTimeOffset("Until") > now)
            {
                return false;
            }

            await client.UpdateEntityAsync(lease, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    private static string Key(string kind) => "lease|" + kind;
}
