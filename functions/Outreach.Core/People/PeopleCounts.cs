using Outreach.Ledger;

namespace Outreach.People;

/// <summary>
/// How many people each filter of <c>GET /api/people</c> finds, from the summary's counters (one point
/// read). Open and snoozed split the open people by whether their snooze ends after <c>today</c>.
/// </summary>
public sealed record PeopleCounts(int All, int Open, int Written, int Replied, int Snoozed, int Skipped, int NeedsEmail, int Suggested)
{
    public static PeopleCounts From(SummaryEntity summary, DateOnly today)
    {
        var snoozed = summary.SnoozedByDay.Where(day => day.Key > today).Sum(day => day.Value);
        var open = summary.Population - summary.Done;
        return new PeopleCounts(
            summary.People, open - snoozed, summary.Done, summary.Replied, snoozed, summary.People - summary.Population, summary.NeedsEmail, summary.Suggested);
    }
}
