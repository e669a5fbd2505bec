using System.Globalization;

namespace Outreach.Plan;

/// <summary>The user's goal: whom to write to, by when, on which days and in which order.</summary>
/// <param name="Target">How many people to write to; null means everyone in the plan.</param>
/// <param name="Deadline">The last day of the plan, a local day in <paramref name="TimeZone"/>.</param>
/// <param name="WeekdaysOnly">Only Monday to Friday are working days; otherwise every day is.</param>
/// <param name="Order">The order in which people are offered.</param>
/// <param name="Seed">Makes <see cref="PlanOrder.Shuffled"/> repeatable.</param>
/// <param name="TimeZone">IANA time zone id (e.g. <c>Europe/Berlin</c>) that decides what "today" is.</param>
/// <param name="StartedOn">The local day the plan began (it may be in the past): mail and LinkedIn messages sent since count as written, and pace is never measured before it.</param>
public sealed record PlanSettings(
    int? Target,
    DateOnly Deadline,
    bool WeekdaysOnly,
    PlanOrder Order,
    int Seed,
    string TimeZone,
    DateOnly StartedOn)
{
    /// <summary>Days before the year's end under which the default deadline moves to next year.</summary>
    private const int MinimumDefaultDays = 30;

    /// <summary>
    /// Everyone, weekdays only, longest silence first, by 31 December — of next year when this year's
    /// ends within 30 days, so a plan started in December is not a sprint.
    /// </summary>
    public static PlanSettings Default(DateOnly today)
    {
        var deadline = new DateOnly(today.Year, 12, 31);
        if (deadline.DayNumber - today.DayNumber <= MinimumDefaultDays)
        {
            deadline = deadline.AddYears(1);
        }

        return new PlanSettings(null, deadline, WeekdaysOnly: true, PlanOrder.LongestSilence, Seed: 1, "UTC", today);
    }

    /// <summary>
    /// Field errors keyed by the camelCase JSON field name; empty when the settings are valid.
    /// A deadline in the past is rejected too: a plan that is already over cannot be saved.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (Target < 1)
        {
            errors["target"] = ["The target must be at least 1 person, or everyone."];
        }

        if (StartedOn > today)
        {
            errors["startedOn"] = [$"The plan cannot start in the future; choose {Iso(today)} or earlier."];
        }

        if (Deadline < StartedOn)
        {
            errors["deadline"] = [$"The deadline must not be before the plan's start ({Iso(StartedOn)})."];
        }
        else if (Deadline < today)
        {
            errors["deadline"] = [$"The deadline has passed; choose {Iso(today)} or later."];
        }

        if (!Enum.IsDefined(Order))
        {
            errors["order"] = ["Unknown order; use longestSilence, oldestConnection, shuffled or byName."];
        }

        if (FindTimeZone(TimeZone) is null)
        {
            // Echo only what could be a time zone's name, not whatever a client sent.
            errors["timeZone"] = [TimeZone.Length <= 64
                ? $"Unknown time zone '{TimeZone}'; use an IANA id such as Europe/Berlin."
                : "Unknown time zone; use an IANA id such as Europe/Berlin."];
        }

        return errors;
    }

    /// <summary>The local day in the plan's time zone at <paramref name="instant"/> (UTC if the zone is unknown).</summary>
    public DateOnly LocalDay(DateTimeOffset instant)
    {
        var zone = FindTimeZone(TimeZone) ?? TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    // Invariant so a Thai or Persian server culture cannot change the year in a message.
    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TimeZoneInfo? FindTimeZone(string? id)
        => !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
