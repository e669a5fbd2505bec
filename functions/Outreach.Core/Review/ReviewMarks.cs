using System.Globalization;
using Outreach.People;

namespace Outreach.Review;

/// <summary>
/// What one person adds to the review's counters, stored on the person (<c>ReviewCounted</c>) so that a change
/// takes back exactly what was added before. People stored before the review existed carry none and are
/// counted from their next change on — the counters never go below what was really added.
/// </summary>
public sealed record ReviewMarks(bool Moved, int Bounced, int Found)
{
    public static readonly ReviewMarks None = new(false, 0, 0);

    /// <summary>
    /// Moved on: their company today differs from the first one Outreach saw, or one of their addresses
    /// bounced ("no longer where we met").
    /// </summary>
    public static ReviewMarks Of(PersonEntity person)
    {
        var emails = person.Emails;
        var history = person.CareerHistory;
        var bounced = emails.Count(e => e.Bounced);
        var companyChanged = history.Count > 0 && !SameCompany(history[0].FromCompany, person.Company);
        return new ReviewMarks(
            companyChanged || bounced > 0,
            bounced,
            emails.Count(e => e.Source == PersonEmail.FromMailbox));
    }

    public static ReviewMarks Parse(string? text)
    {
        var parts = (text ?? string.Empty).Split('|');
        if (parts.Length != 3)
        {
            return None;
        }

        return new ReviewMarks(
            parts[0] == "1",
            int.Parse(parts[1], CultureInfo.InvariantCulture),
            int.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    public string Format()
        => string.Create(CultureInfo.InvariantCulture, $"{(Moved ? 1 : 0)}|{Bounced}|{Found}");

    private static bool SameCompany(string? a, string? b)
        => string.Equals((a ?? string.Empty).Trim(), (b ?? string.Empty).Trim(), StringComparison.OrdinalIgnoreCase);
}
