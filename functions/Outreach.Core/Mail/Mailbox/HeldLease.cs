namespace Outreach.Mail.Mailbox;

/// <summary>
/// A <see cref="WorkLease"/> row this worker holds, known by the ETag of its last write: renewing and
/// releasing go through that ETag, so neither touches a lease another worker has taken meanwhile. The row
/// also names its holder, so a write that landed but whose answer was lost (the client retried it into a
/// 412) is told from a lease another worker took.
/// </summary>
internal sealed class HeldLease(TableClient client, string partitionKey, string rowKey, string holder, TimeSpan length, TimeProvider time, ETag etag)
{
    private const string Holder = "Holder";

    private ETag _etag = etag;

    /// <summary>True once a renewal found the row taken (or removed) by someone else.</summary>
    public bool Lost { get; private set; }

    /// <summary>
    /// Extends the lease every third of its length until <paramref name="stop"/>; cancels
    /// <paramref name="lost"/> when the lease turns out to be someone else's. One request per third of the
    /// length, whatever the work does meanwhile; a failed renewal is tried again a third later, so two may
    /// fail before the lease lapses.
    /// </summary>
    public async Task RenewUntilAsync(CancellationTokenSource lost, CancellationToken stop)
    {
        var interval = length / 3;
        if (await PeriodicRenewal.RunAsync(RenewAsync, interval, interval, refused => refused.Status is 404 or 412, _ => { }, time, stop) is not null)
        {
            Lost = true;
            await lost.CancelAsync();
        }
    }

    public static TableEntity Row(string partitionKey, string rowKey, string holder, DateTimeOffset until)
        => new(partitionKey, rowKey) { ["Until"] = until, [Holder] = holder };

    /// <summary>The ETag of the lease row if <paramref name="holder"/> holds it; null when it is someone else's or gone.</summary>
    public static async Task<ETag?> HeldByAsync(TableClient client, string partitionKey, string rowKey, string holder, CancellationToken cancellationToken)
    {
        var row = await client.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select: [Holder], cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.GetString(Holder) == holder ? row.Value.ETag : null;
    }

    /// <summary>The ETag of a write, which Table storage always returns.</summary>
    public static ETag ETagOf(Response response)
        => response.Headers.ETag ?? throw new InvalidOperationException("Table storage answered a write without an ETag.");

    /// <summary>Deletes the row if it is still this worker's; a lease someone else holds stays.</summary>
    public async Task ReleaseAsync()
    {
        if (Lost)
        {
            return;
        }

        try
        {
            await client.DeleteEntityAsync(partitionKey, rowKey, _etag, CancellationToken.None);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Taken after a lapse the renewal has not noticed yet: it is the other worker's to release.
        }
    }

    private async Task RenewAsync()
    {
        var lease = Row(partitionKey, rowKey, holder, time.GetUtcNow() + length);
        try
        {
            _etag = ETagOf(await client.UpdateEntityAsync(lease, _etag, TableUpdateMode.Replace, CancellationToken.None));
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            if (await HeldByAsync(client, partitionKey, rowKey, holder, CancellationToken.None) is not { } current)
            {
                throw;
            }

            // A first try that landed has extended the lease already; only its ETag was lost with the answer.
            _etag = current;
        }
    }
}
