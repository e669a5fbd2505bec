namespace Outreach.Review;

/// <summary>What the review knows of one local day: the people written that day and the career changes seen.</summary>
public sealed class ReviewDay(DateOnly date)
{
    public DateOnly Date { get; } = date;

    /// <summary>By person id: a person is written at most once, on one day.</summary>
    public Dictionary<string, WrittenEntry> Written { get; } = new(StringComparer.Ordinal);

    public int CareerChanges { get; set; }

    public CareerEntry? LatestCareer { get; set; }
}
