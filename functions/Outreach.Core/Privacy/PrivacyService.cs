using Outreach.Ledger;
using Outreach.People;
using Outreach.Plan;

namespace Outreach.Privacy;

/// <summary>Everything of a user in one download, and the erasure of everything in one call.</summary>
public sealed class PrivacyService(OutreachTable table, LedgerReader reader, ErasureGate gate, EraseQueue queue, Mail.Mailbox.MailboxService mailboxes, TimeProvider time)
{
    public async Task<DataExport> ExportAsync(UserId user, CancellationToken cancellationToken)
    {
        var summary = await reader.ReadSummaryAsync(user, cancellationToken);
        var now = time.GetUtcNow();
        var positions = summary.Positions;
        return new DataExport(
            now,
            user.TenantId,
            user.ObjectId,
            summary.PlanOrDefault(now),
            summary.DoneByDay,
            positions,
            reader.ReadAllPeopleAsync(user, cancellationToken).Select(p => PersonView.From(p, positions)),
            ExportRecords.ReadAsync(await table.GetClientAsync(cancellationToken), user, cancellationToken));
    }

    /// <summary>
    /// Marks the user's data as being erased (one write; from then on nothing of it can be read or
    /// written) and hands the rest to the erase queue, so it finishes whether or not the caller waits.
    /// </summary>
    public async Task<EraseState> StartEraseAsync(UserId user, CancellationToken cancellationToken)
    {
        // Not the request's token from here: a client that gives up must not leave half a start behind.
        var client = await table.GetClientAsync(cancellationToken);
        if (!await gate.IsErasingAsync(user, CancellationToken.None))
        {
            if (!await HasRowsAsync(client, user, CancellationToken.None))
            {
                return EraseState.Nothing;
            }

            await client.UpsertEntityAsync(EraseTombstone.For(user, time.GetUtcNow()), TableUpdateMode.Replace, CancellationToken.None);
        }

        // Sent again when an erase is already pending: a lost or poisoned message cannot strand it.
        await queue.RequestAsync(user, CancellationToken.None);
        return EraseState.Pending;
    }

    public async Task<EraseState> EraseStateAsync(UserId user, CancellationToken cancellationToken)
        => await gate.IsErasingAsync(user, cancellationToken) ? EraseState.Pending : EraseState.Done;

    /// <summary>
    /// The erase itself, from the queue: subscriptions and the Graph session first, so nothing writes
    /// into the partition again, then every row in transactions of 100, the tombstone last. Safe to run
    /// again from the start at any point.
    /// </summary>
    /// <returns>How many rows were erased.</returns>
    public async Task<int> ContinueEraseAsync(UserId user, CancellationToken cancellationToken)
    {
        if (!await gate.IsErasingAsync(user, cancellationToken))
        {
            return 0;
        }

        await mailboxes.DisconnectAsync(user, cancellationToken);
        var client = await table.GetClientAsync(cancellationToken);
        var erased = await PartitionCleaner.EmptyPartitionAsync(client, user, keep: RowKeys.Summary, cancellationToken);
        await client.DeleteEntityAsync(user.PartitionKey, RowKeys.Summary, Azure.ETag.All, cancellationToken);
        return erased + 1;
    }

    private static async Task<bool> HasRowsAsync(TableClient client, UserId user, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {user.PartitionKey}");
        await foreach (var page in client.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken).AsPages())
        {
            if (page.Values.Count > 0)
            {
                return true;
            }

            if (page.ContinuationToken is null)
            {
                break;
            }
        }

        return false;
    }
}

/// <summary>Where an erase stands: none needed, running, or finished.</summary>
public enum EraseState
{
    Nothing,
    Pending,
    Done,
}

/// <summary>The export document; people and every other row stream as they are read.</summary>
public sealed record DataExport(
    DateTimeOffset ExportedAt,
    Guid TenantId,
    Guid ObjectId,
    PlanSettings Plan,
    IReadOnlyDictionary<DateOnly, int> DoneByDay,
    IReadOnlyList<Career.Position> Positions,
    IAsyncEnumerable<PersonView> People,
    IAsyncEnumerable<ExportRecord> Records);
