using Outreach.People;

namespace Outreach.Review;

/// <summary>
/// The review's aggregates worked out from the people themselves, for a user whose history predates them
/// (<see cref="ReviewCounters.Complete"/> unset): every person counted as written gets an entry on their
/// day (entries already kept win: they know the minutes from <i>Write</i>), every career change is counted
/// on the day it was seen, and the counters are the sum of every person's <see cref="ReviewMarks"/>, which
/// are stored on the people whose marks differ so that their next change takes back exactly that.
/// Pure: <see cref="ReviewRebuildStore"/> reads and writes.
/// </summary>
public static class ReviewRebuild
{
    /// <param name="kept">The day rows as stored (by date); they are changed in place and new days are added.</param>
    public static ReviewRebuildResult Rebuild(IEnumerable<PersonEntity> people, IDictionary<DateOnly, ReviewDay> kept)
    {
        var counters = new ReviewCounters { Complete = true };
        var marked = new List<PersonEntity>();
        var changed = new HashSet<DateOnly>();
        var careers = new Dictionary<DateOnly, List<CareerEntry>>();
        var entries = kept.Values.SelectMany(d => d.Written.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var person in people)
        {
            // As if the person were new: their entry, all of their career changes and all of their marks.
            var change = ReviewTracker.Track(null, person);
            counters.Move(ReviewMarks.None, change.MarksAfter);
            if (ReviewMarks.Parse(person.ReviewCounted) != change.MarksAfter)
            {
                person.ReviewCounted = change.MarksAfter.Format();
                marked.Add(person);
            }

            if (change.Added is { } entry && !entries.Contains(entry.PersonId))
            {
                Day(kept, entry.Day).Written[entry.PersonId] = entry;
                changed.Add(entry.Day);
            }

            foreach (var career in change.Careers)
            {
                (careers.TryGetValue(career.SeenOn, out var list) ? list : careers[career.SeenOn] = []).Add(career);
            }
        }

        foreach (var day in kept.Values)
        {
            var seen = careers.GetValueOrDefault(day.Date) ?? [];
            if (day.CareerChanges != seen.Count || (day.LatestCareer is null && seen.Count > 0))
            {
                day.CareerChanges = seen.Count;
                day.LatestCareer = seen.Count == 0 ? null : day.LatestCareer ?? seen[^1];
                changed.Add(day.Date);
            }
        }

        foreach (var (date, seen) in careers.Where(c => !kept.ContainsKey(c.Key)))
        {
            var day = Day(kept, date);
            (day.CareerChanges, day.LatestCareer) = (seen.Count, seen[^1]);
            changed.Add(date);
        }

        return new ReviewRebuildResult([.. changed.Order()], counters, marked);
    }

    private static ReviewDay Day(IDictionary<DateOnly, ReviewDay> days, DateOnly date)
        => days.TryGetValue(date, out var day) ? day : days[date] = new ReviewDay(date);
}
