namespace Outreach.Plan;

/// <summary>Where the user stands against the plan today. See <see cref="PlanCalculator"/> for the rules.</summary>
/// <param name="DoneToday">Mails counted on today's local day.</param>
/// <param name="DailyQuota">Mails due today; fixed for the whole day.</param>
/// <param name="Done">People written to.</param>
/// <param name="Total">People the plan covers.</param>
/// <param name="Remaining">People still to write to.</param>
/// <param name="ProjectedFinish">The day the plan ends at the recent pace; null when there is no pace yet.</param>
/// <param name="OnPace">Whether the plan will be met by the deadline.</param>
/// <param name="RemainingWorkingDays">Working days from today through the deadline.</param>
/// <param name="AveragePerDay">The rate needed per working day, one decimal ("4.6 a day").</param>
/// <param name="PaceKnown">Whether the pace is judged yet: false in the plan's first week and before 5 working days of history.</param>
/// <param name="RestDay">Today is not a working day of the plan: no quota, and writing counts anyway.</param>
public sealed record Progress(
    int DoneToday,
    int DailyQuota,
    int Done,
    int Total,
    int Remaining,
    DateOnly? ProjectedFinish,
    bool OnPace,
    int RemainingWorkingDays,
    double AveragePerDay,
    bool PaceKnown,
    bool RestDay);
