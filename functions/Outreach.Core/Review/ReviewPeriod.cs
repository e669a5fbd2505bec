using System.Globalization;

namespace Outreach.Review;

/// <summary>The <c>from</c> and <c>to</c> of a review: ISO dates, both included.</summary>
public static class ReviewPeriod
{
    /// <summary>Ten years and a bit: a longer period is a typo, not a review.</summary>
    public const int MaxDays = 3700;

    /// <summary>Parses the parameters before anything is read; a bad one is a 400 naming it.</summary>
    public static (DateOnly? From, DateOnly? To) Parse(string? from, string? to)
    {
        var parsedFrom = Date("from", from);
        var parsedTo = Date("to", to);
        if (parsedFrom > parsedTo)
        {
            throw ApiProblemException.Field("from", $"from ({from}) must not be after to ({to}).");
        }

        return (parsedFrom, parsedTo);
    }

    /// <summary>
    /// Fills in the defaults — the plan's start through today — and checks the result. A default start
    /// after an explicit end (or today) starts the period at that end.
    /// </summary>
    public static (DateOnly From, DateOnly To) Resolve(DateOnly? from, DateOnly? to, DateOnly planStart, DateOnly today)
    {
        var end = to ?? today;
        var start = from ?? (planStart <= end ? planStart : end);
        if (start > end)
        {
            throw ApiProblemException.Field("from", $"from ({start:yyyy-MM-dd}) must not be after to ({end:yyyy-MM-dd}, today when not given).");
        }

        if (end.DayNumber - start.DayNumber >= MaxDays)
        {
            throw ApiProblemException.Field("to", $"A review covers at most {MaxDays} days; choose a later from or an earlier to.");
        }

        return (start, end);
    }

    private static DateOnly? Date(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw ApiProblemException.Field(name, $"{name} must be an ISO date such as 2026-01-31.");
    }
}
