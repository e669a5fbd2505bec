using Outreach.Ledger;
using Outreach.People;
using Outreach.Plan;

namespace Outreach.Today;

/// <summary>
/// Today's progress and the next person. Costs three storage requests whatever the size of the
/// network: the summary row (a point read), the first due queue row (one range query), the person
/// (a point read).
/// </summary>
public sealed class TodayService(OutreachTable table, LedgerReader reader, TimeProvider time)
{
    private const int MaxStaleRows = 5;

    public async Task<TodayView> GetAsync(UserId user, CancellationToken cancellationToken)
    {
        var summary = await reader.ReadSummaryAsync(user, cancellationToken);
        var now = time.GetUtcNow();
        var plan = summary.PlanOrDefault(now);
        var today = plan.LocalDay(now);
        var progress = PlanCalculator.Calculate(plan, today, summary.Population, summary.Done, summary.DoneByDay);
        var next = progress.Remaining > 0 ? await NextAsync(user, summary.QueueGeneration, today, cancellationToken) : null;
        return new TodayView(today, progress, summary.NeedsEmail, next is null ? null : PersonView.From(next, summary.Positions), plan, summary.SuggestionHighlights);
    }

    private async Task<PersonEntity?> NextAsync(UserId user, int generation, DateOnly today, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var prefix = RowKeys.QueuePrefix(generation);
        var day = PersonEntity.FormatDate(today);
        var filter = $"{RowKeys.Range(user, prefix)} and {TableClient.CreateQueryFilter($"SnoozedUntil le {day}")}";
        for (var attempt = 0; attempt < MaxStaleRows; attempt++)
        {
            var row = await FirstAsync(client, filter, cancellationToken);
            if (row is null)
            {
                return null;
            }

            var person = await reader.FindPersonAsync(user, row.PersonId, cancellationToken);
            if (person is not null && QueuePlacement.IsQueued(person) && (person.SnoozedUntilDate ?? DateOnly.MinValue) <= today)
            {
                return person;
            }

            // A row left behind by an interrupted write: remove it so it is not met again.
            await client.DeleteEntityAsync(user.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }

        return null;
    }

    private static async Task<QueueEntity?> FirstAsync(TableClient client, string filter, CancellationToken cancellationToken)
    {
        // A filtered range may come back as an empty page with a continuation; keep reading until a row.
        await foreach (var page in client.QueryAsync<QueueEntity>(filter, maxPerPage: 1, cancellationToken: cancellationToken).AsPages())
        {
            if (page.Values.Count > 0)
            {
                return page.Values[0];
            }
        }

        return null;
    }
}
