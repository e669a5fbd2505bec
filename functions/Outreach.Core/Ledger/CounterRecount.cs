using Outreach.People;

namespace Outreach.Ledger;

/// <summary>
/// Counts the summary's people counters from the people themselves, once, for a summary written before
/// all of them were kept (<see cref="SummaryEntity.CountsComplete"/>). From then on every write keeps
/// them exact, so this scan runs at most once per user.
/// </summary>
public static class CounterRecount
{
    public static async Task RecountAsync(
        TableClient client, SummaryEntity summary, IAsyncEnumerable<PersonEntity> people, CancellationToken cancellationToken)
    {
        (summary.People, summary.Population, summary.Done, summary.NeedsEmail, summary.Queued, summary.Replied, summary.Suggested) = (0, 0, 0, 0, 0, 0, 0);
        var keptFrom = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var snoozed = new SortedDictionary<DateOnly, int>();
        await foreach (var person in people.WithCancellation(cancellationToken))
        {
            LedgerWriter.Count(summary, +1, person);
            LedgerWriter.Shift(snoozed, null, LedgerWriter.SnoozeDay(person, keptFrom));
        }

        summary.SnoozedByDay = snoozed;
        summary.CountsComplete = true;
        try
        {
            // Under the ETag read before the scan: a person written meanwhile changed it, and then this
            // count is not stored (the next call counts again) rather than stored wrong.
            var response = await client.UpdateEntityAsync(summary, summary.ETag, TableUpdateMode.Replace, cancellationToken);
            summary.ETag = response.Headers.ETag ?? summary.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
        }
    }
}
