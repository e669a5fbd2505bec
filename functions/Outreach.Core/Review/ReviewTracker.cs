using Outreach.People;

namespace Outreach.Review;

/// <summary>
/// Works out what a person's change (as read → as written) means for the review, from the two versions
/// alone, so every path that changes people (import, queue actions, the mail linker) keeps the review
/// exact without knowing about it.
/// </summary>
public static class ReviewTracker
{
    /// <param name="writeStartedAt">When <i>Write</i> last opened a compose form for them, if the pane said so.</param>
    public static ReviewChange Track(PersonEntity? before, PersonEntity after, DateTimeOffset? writeStartedAt = null)
    {
        var wasOn = WrittenDay(before);
        var isOn = WrittenDay(after);
        var name = Name(after);
        var newlyWritten = isOn is not null && isOn != wasOn;
        var careersBefore = before?.CareerHistory.Count ?? 0;
        var careers = after.CareerHistory.Skip(careersBefore)
            .Select(c => new CareerEntry(after.Id, name, c.SeenOn, c.FromCompany, c.FromPosition, c.ToCompany, c.ToPosition))
            .ToList();

        return new ReviewChange
        {
            Removed = wasOn is { } old && old != isOn ? (old, after.Id) : null,
            Added = newlyWritten ? Entry(after, isOn!.Value, name, writeStartedAt) : null,
            Updated = !newlyWritten && isOn is { } day && (Name(before!) != name || before!.FirstReplyAt != after.FirstReplyAt)
                ? (day, after.Id, name, after.FirstReplyAt)
                : null,
            Careers = careers,
            MarksBefore = ReviewMarks.Parse(before?.ReviewCounted),
            MarksAfter = ReviewMarks.Of(after),
            ClosesWriteStart = newlyWritten && writeStartedAt is not null ? after.Id : null,
        };
    }

    /// <summary>Whether counting this change as written should look for a <i>Write</i> start (mail only).</summary>
    public static bool NeedsWriteStart(PersonEntity? before, PersonEntity after)
        => after.WrittenVia == PersonActions.ViaMail && WrittenDay(after) is { } day && day != WrittenDay(before);

    private static WrittenEntry Entry(PersonEntity after, DateOnly day, string name, DateTimeOffset? writeStartedAt)
    {
        var at = after.WrittenAt;
        // Mail times have a resolution of a second, so a start in the same second as the mail still counts.
        double? minutes = after.WrittenVia == PersonActions.ViaMail && at is { } sent && writeStartedAt is { } start && start < sent.AddSeconds(1)
            ? Math.Max(0, Math.Round((sent - start).TotalMinutes, 1))
            : null;
        return new WrittenEntry(after.Id, name, Channel(after), day, at, after.ContactBeforeWritten, minutes, after.FirstReplyAt);
    }

    /// <summary>
    /// The one place that decides through which channel a written person counts in the review (<c>written.mail</c>,
    /// <c>written.linkedIn</c>, <c>written.elsewhere</c>): from how they were marked written. A LinkedIn message
    /// that counts as written sets <see cref="PersonEntity.WrittenVia"/> to <see cref="PersonActions.ViaLinkedIn"/>
    /// (in the same ledger change), and this maps it; anything unknown counts as elsewhere.
    /// </summary>
    public static string Channel(PersonEntity written) => written.WrittenVia switch
    {
        PersonActions.ViaMail => PersonActions.ViaMail,
        PersonActions.ViaLinkedIn => PersonActions.ViaLinkedIn,
        _ => PersonActions.ViaElsewhere,
    };

    private static DateOnly? WrittenDay(PersonEntity? person)
        => person?.Status == PersonStatus.Written
            && DateOnly.TryParseExact(person.WrittenOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
                ? day
                : null;

    private static string Name(PersonEntity person) => $"{person.FirstName} {person.LastName}".Trim();
}
