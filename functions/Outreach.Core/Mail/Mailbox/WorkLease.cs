namespace Outreach.Mail.Mailbox;

/// <summary>
/// A short lease (<c>lease|{kind}</c>) so one worker at a time links or syncs a user's mailbox; a second
/// one backs off and the queue brings the work back. The holder renews it every third of its length
/// while the work runs, so work of any duration keeps it, and a dead worker's lease lapses within one length.
/// </summary>
public static class WorkLease
{
    /// <summary>
    /// Runs <paramref name="work"/> under the lease and lets it go after; false when another worker holds
    /// it, or took it while the work ran (the work's token is then cancelled, so it stops).
    /// </summary>
    public static async Task<bool> TryRunAsync(
        TableClient client, UserId user, string kind, TimeSpan length, TimeProvider time, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var holder = Guid.NewGuid().ToString("N");
        if (await TryTakeAsync(client, user, kind, holder, length, time, cancellationToken) is not { } etag)
        {
            return false;
        }

        var held = new HeldLease(client, user.PartitionKey, Key(kind), holder, length, time, etag);
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var done = new CancellationTokenSource();
        var renewal = held.RenewUntilAsync(lost, done.Token);
        try
        {
            await work(lost.Token);
        }
        catch (OperationCanceledException) when (held.Lost && !cancellationToken.IsCancellationRequested)
        {
            // Stopped because another worker has the lease now; it does the work.
        }
        finally
        {
            await done.CancelAsync();
            await renewal;

            // Released even when the work was cancelled, so the next worker need not wait for it to lapse.
            await held.ReleaseAsync();
        }

        return !held.Lost;
    }

    private static async Task<ETag?> TryTakeAsync(
        TableClient client, UserId user, string kind, string holder, TimeSpan length, TimeProvider time, CancellationToken cancellationToken)
    {
        var key = Key(kind);
        var now = time.GetUtcNow();
        var existing = await client.GetEntityIfExistsAsync<TableEntity>(user.PartitionKey, key, cancellationToken: cancellationToken);
        var lease = HeldLease.Row(user.PartitionKey, key, holder, now + length);
        try
        {
            if (existing.HasValue)
            {
                if (existing.Value!.GetDateTimeOffset("Until") > now)
                {
                    return null;
                }

                try
                {
                    return HeldLease.ETagOf(await client.UpdateEntityAsync(lease, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken));
                }
                catch (RequestFailedException ex) when (ex.Status == 404)
                {
                    // Its late holder finished and released it after the read: it is free, so it is taken as new.
                }
            }

            return HeldLease.ETagOf(await client.AddEntityAsync(lease, cancellationToken));
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Unless a first try landed and only its answer was lost (the client then retried it into the conflict).
            return await HeldLease.HeldByAsync(client, user.PartitionKey, key, holder, cancellationToken);
        }
    }

    private static string Key(string kind) => "lease|" + kind;
}
