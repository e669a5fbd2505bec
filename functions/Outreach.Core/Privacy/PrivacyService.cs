using Outreach.Ledger;
using Outreach.People;
using Outreach.Plan;

namespace Outreach.Privacy;

/// <summary>Everything of a user in one download, and the erasure of everything in one call.</summary>
public sealed class PrivacyService(OutreachTable table, LedgerReader reader, Mail.Mailbox.MailboxService mailboxes, TimeProvider time)
{
    public async Task<DataExport> ExportAsync(UserId user, CancellationToken cancellationToken)
    {
        var summary = await reader.ReadSummaryAsync(user, cancellationToken);
        var now = time.GetUtcNow();
        return new DataExport(
            now,
            user.TenantId,
            user.ObjectId,
            summary.PlanOrDefault(now),
            summary.DoneByDay,
            reader.ReadAllPeopleAsync(user, cancellationToken).Select(PersonView.From));
    }

    /// <returns>How many rows were erased.</returns>
    public async Task<int> EraseAsync(UserId user, CancellationToken cancellationToken)
    {
        // Subscriptions and the delegated session go first, so nothing writes into the partition again.
        await mailboxes.DisconnectAsync(user, cancellationToken);
        var client = await table.GetClientAsync(cancellationToken);
        return await PartitionCleaner.DeleteRangeAsync(client, user, prefix: null, cancellationToken);
    }
}

/// <summary>The export document; people stream as they are read.</summary>
public sealed record DataExport(
    DateTimeOffset ExportedAt,
    Guid TenantId,
    Guid ObjectId,
    PlanSettings Plan,
    IReadOnlyDictionary<DateOnly, int> DoneByDay,
    IAsyncEnumerable<PersonView> People);
