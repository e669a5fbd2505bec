namespace Outreach.Review;

/// <summary>What one person change means for the review's rows (see <see cref="ReviewTracker"/>).</summary>
public sealed class ReviewChange
{
    public static readonly ReviewChange None = new();

    /// <summary>The person leaves this day's written entries (reopened).</summary>
    public (DateOnly Day, string PersonId)? Removed { get; init; }

    /// <summary>The person is newly written: their entry.</summary>
    public WrittenEntry? Added { get; init; }

    /// <summary>A written person's name or first reply changed: the entry of that day follows (if it has one).</summary>
    public (DateOnly Day, string PersonId, string Name, DateTimeOffset? RepliedAt)? Updated { get; init; }

    public IReadOnlyList<CareerEntry> Careers { get; init; } = [];

    public ReviewMarks MarksBefore { get; init; } = ReviewMarks.None;

    public ReviewMarks MarksAfter { get; init; } = ReviewMarks.None;

    /// <summary>The person whose <i>Write</i> start this change closes (its row is deleted with it).</summary>
    public string? ClosesWriteStart { get; init; }

    /// <summary>The day rows this change touches.</summary>
    public IEnumerable<DateOnly> Days
        => new[] { Removed?.Day, Added?.Day, Updated?.Day }.OfType<DateOnly>().Concat(Careers.Select(c => c.SeenOn)).Distinct();

    /// <summary>
    /// Applies the change to the days and the counters and records on <paramref name="after"/> what it now adds
    /// to them; false when the counters did not move.
    /// </summary>
    public bool ApplyTo(IDictionary<DateOnly, ReviewDay> days, ReviewCounters counters, People.PersonEntity after)
    {
        ApplyTo(days);
        after.ReviewCounted = MarksAfter.Format();
        return counters.Move(MarksBefore, MarksAfter);
    }

    /// <summary>Applies the change to the days (keyed by date; missing days are created).</summary>
    public void ApplyTo(IDictionary<DateOnly, ReviewDay> days)
    {
        ReviewDay Day(DateOnly date) => days.TryGetValue(date, out var day) ? day : days[date] = new ReviewDay(date);

        if (Removed is (var removedDay, var removedId))
        {
            Day(removedDay).Written.Remove(removedId);
        }

        if (Added is { } added)
        {
            Day(added.Day).Written[added.PersonId] = added;
        }

        // People written before the review existed have no entry to update: they stay out of it.
        if (Updated is (var day, var id, var name, var repliedAt) && Day(day).Written.TryGetValue(id, out var entry))
        {
            Day(day).Written[id] = entry with { Name = name, RepliedAt = repliedAt };
        }

        foreach (var career in Careers)
        {
            var careerDay = Day(career.SeenOn);
            careerDay.CareerChanges++;
            careerDay.LatestCareer = career;
        }
    }
}
