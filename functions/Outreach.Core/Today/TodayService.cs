using Outreach.Ledger;
using Outreach.People;
using Outreach.Plan;

namespace Outreach.Today;

/// <summary>
/// Today's progress and the next person. Costs three storage requests whatever the size of the
/// network: the summary row (a point read), the first due queue rows (one range query), the person
/// (a point read). A queue row whose person is no longer there to write to is removed on the way.
/// </summary>
public sealed class TodayService(OutreachTable table, LedgerReader reader, TimeProvider time)
{
    // Enough to get past the rows a lost race can leave at the head of the queue, yet a bounded cost.
    private const int MaxStaleRows = 50;
    private const int RowsPerPage = 10;

    public async Task<TodayView> GetAsync(UserId user, CancellationToken cancellationToken)
    {
        var summary = await reader.ReadSummaryAsync(user, cancellationToken);
        var now = time.GetUtcNow();
        var plan = summary.PlanOrDefault(now);
        var today = plan.LocalDay(now);
        var progress = PlanCalculator.Calculate(plan, today, summary.Population, summary.Done, summary.DoneByDay);
        var next = progress.Remaining > 0 ? await NextAsync(user, summary.QueueGeneration, plan, today, cancellationToken) : null;
        return new TodayView(today, progress, summary.NeedsEmail, next is null ? null : PersonView.From(next, summary.Positions), plan, summary.SuggestionHighlights);
    }

    private async Task<PersonEntity?> NextAsync(UserId user, int generation, PlanSettings plan, DateOnly today, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var prefix = RowKeys.QueuePrefix(generation);
        var day = PersonEntity.FormatDate(today);
        var filter = $"{RowKeys.Range(user, prefix)} and {TableClient.CreateQueryFilter($"SnoozedUntil le {day}")}";
        var read = 0;
        await foreach (var row in client.QueryAsync<QueueEntity>(filter, maxPerPage: RowsPerPage, cancellationToken: cancellationToken))
        {
            var person = await reader.FindPersonAsync(user, row.PersonId, cancellationToken);
            if (person is not null && QueuePlacement.IsQueued(person) && (person.SnoozedUntilDate ?? DateOnly.MinValue) <= today
                && QueuePlacement.RowKey(person, plan, generation) == row.RowKey)
            {
                return person;
            }

            // A row that no longer matches its person (an interrupted write, or a race lost): remove it so it is
            // not met again — unless it was written anew meanwhile (its ETag then differs).
            await DeleteIfUnchangedAsync(client, row, cancellationToken);
            if (++read == MaxStaleRows)
            {
                break;
            }
        }

        return null;
    }

    private static async Task DeleteIfUnchangedAsync(TableClient client, QueueEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await client.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Gone already, or rewritten for a person who belongs there again.
        }
    }
}
