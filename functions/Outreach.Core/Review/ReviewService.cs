using Outreach.Ledger;
using Outreach.Mail.Replies;
using Outreach.People;

namespace Outreach.Review;

/// <summary>
/// The balance of a period, without reading people: the summary (a point read), the period's day rows
/// (one range query per 1,000 days) and the replies waiting as <c>GET /api/replies</c> lists them (one range
/// query per 1,000, and the dismissals) — five storage requests at 1,109 replies waiting, four with fewer
/// than 1,000. Once per user whose history predates the review's rows, <see cref="ReviewRebuildStore"/> first
/// works them out from the people (a one-off scan).
/// </summary>
public sealed class ReviewService(OutreachTable table, LedgerReader reader, PeopleService people, RepliesService replies, TimeProvider time)
{
    public async Task<ReviewView> GetAsync(UserId user, string? from, string? to, CancellationToken cancellationToken)
    {
        var (askedFrom, askedTo) = ReviewPeriod.Parse(from, to);
        var summary = await reader.ReadSummaryAsync(user, cancellationToken);
        var now = time.GetUtcNow();
        var plan = summary.PlanOrDefault(now);
        var today = plan.LocalDay(now);
        var (start, end) = ReviewPeriod.Resolve(askedFrom, askedTo, plan.StartedOn, today);

        var client = await table.GetClientAsync(cancellationToken);
        if (ReviewRebuildStore.Needed(summary))
        {
            await new ReviewRebuildStore(client, user).RunAsync(summary, reader.ReadAllPeopleAsync(user, cancellationToken), cancellationToken);
        }

        var repliesTask = replies.ListAsync(user, cancellationToken);
        var rows = new List<TableEntity>();
        await foreach (var row in client.QueryAsync<TableEntity>(ReviewRows.DayRange(user, start, end), maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        var days = ReviewDayRow.ReadDays(rows);

        // A summary from before the people counters were kept is counted once (PeopleService does the same).
        var counts = summary.Exists && !summary.CountsComplete ? await people.CountsAsync(user, cancellationToken) : PeopleCounts.From(summary, today);
        var figures = new PeopleFigures(summary.Population, counts.Open, counts.Skipped, counts.Snoozed, counts.NeedsEmail);
        var writtenBefore = summary.DoneByDay.Where(d => d.Key < start).Sum(d => d.Value);
        var awaiting = (await repliesTask).Count;
        return ReviewCalculator.Calculate(new ReviewInput(plan, start, end, days, writtenBefore, summary.Population, figures, ReviewCounters.Parse(summary.ReviewJson), awaiting));
    }

    /// <summary>
    /// Remembers that <i>Write</i> opened a compose form for the person now (the latest start wins), so the
    /// linker can measure the time to the sent mail. The person row is not touched: its ETag stays valid.
    /// </summary>
    public async Task WriteStartedAsync(UserId user, string personId, CancellationToken cancellationToken)
    {
        var person = await reader.GetPersonAsync(user, personId, cancellationToken);
        var client = await table.GetClientAsync(cancellationToken);
        await client.UpsertEntityAsync(new WriteStartEntity
        {
            PartitionKey = user.PartitionKey,
            RowKey = ReviewRows.WriteStart(person.Id),
            StartedAt = time.GetUtcNow(),
        }, TableUpdateMode.Replace, cancellationToken);
    }
}
