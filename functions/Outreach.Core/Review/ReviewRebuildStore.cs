using Outreach.Ledger;
using Outreach.People;

namespace Outreach.Review;

/// <summary>
/// Runs <see cref="ReviewRebuild"/> once for a user whose history predates the review's rows, so their
/// review is not empty. A one-off cost: every person is read (one request per 1,000) and the review's day
/// rows (one range query); then the people whose marks change and the changed day rows are written in
/// transactions of at most 100 rows and 4 MiB, the last of them carrying the summary's counters under the
/// ETag read before the scan (about 35 requests at 30,000 people). Anything changed meanwhile makes a write
/// fail on its ETag; then nothing more is written and the next review starts over, which is safe because
/// the rebuild works everything out from the people again.
/// </summary>
public sealed class ReviewRebuildStore(TableClient client, UserId user)
{
    /// <summary>Whether the summary's review aggregates were kept from the start, or rebuilt, already.</summary>
    public static bool Needed(SummaryEntity summary) => summary.Exists && !ReviewCounters.Parse(summary.ReviewJson).Complete;

    /// <returns>True when the rebuild was stored (and <paramref name="summary"/> carries its counters).</returns>
    public async Task<bool> RunAsync(SummaryEntity summary, IAsyncEnumerable<PersonEntity> people, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in client.QueryAsync<TableEntity>(RowKeys.Range(user, ReviewRows.DayPrefix), maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        var shards = rows.GroupBy(r => ReviewDayRow.DateOf(r.RowKey)).ToDictionary(g => g.Key, g => new ReviewDayShards(user.PartitionKey, g.Key, g));
        var days = shards.ToDictionary(s => s.Key, s => s.Value.Day);

        var everyone = new List<PersonEntity>();
        await foreach (var person in people.WithCancellation(cancellationToken))
        {
            everyone.Add(person);
        }

        var result = ReviewRebuild.Rebuild(everyone, days);
        var actions = result.Marked
            .Select(p => new TableTransactionAction(
                TableTransactionActionType.UpdateMerge,
                new TableEntity(user.PartitionKey, p.RowKey) { [nameof(PersonEntity.ReviewCounted)] = p.ReviewCounted },
                p.ETag))
            .ToList();
        foreach (var date in result.ChangedDays)
        {
            var day = shards.TryGetValue(date, out var kept) ? kept : new ReviewDayShards(user.PartitionKey, date, [], days[date]);
            day.PlaceAll();
            actions.AddRange(day.TakeActions());
        }

        var counters = result.Counters.Format();
        actions.Add(new TableTransactionAction(
            TableTransactionActionType.UpdateMerge,
            new TableEntity(user.PartitionKey, RowKeys.Summary) { [nameof(SummaryEntity.ReviewJson)] = counters },
            summary.ETag));
        try
        {
            foreach (var batch in Batches(actions))
            {
                var response = await client.SubmitTransactionAsync(batch, cancellationToken);

                // The last answer is the summary's: later writes of this request go on from its new ETag.
                summary.ETag = response.Value[^1].Headers.ETag ?? summary.ETag;
            }
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            return false;
        }

        summary.ReviewJson = counters;
        return true;
    }

    /// <summary>Transactions within the table's limits, in order (so the summary is in the last).</summary>
    private static IEnumerable<List<TableTransactionAction>> Batches(List<TableTransactionAction> actions)
    {
        var batch = new List<TableTransactionAction>();
        long bytes = 0;
        foreach (var action in actions)
        {
            var size = TableLimits.TransactionBytes(action.Entity);
            if (batch.Count > 0 && (batch.Count == TableLimits.MaxTransactionActions || bytes + size > TableLimits.MaxTransactionBytes))
            {
                yield return batch;
                (batch, bytes) = ([], 0);
            }

            batch.Add(action);
            bytes += size;
        }

        yield return batch;
    }
}
