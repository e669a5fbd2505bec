namespace Outreach.Review;

/// <summary>One week of the burn-up chart (weeks start on Monday, local days of the plan's time zone).</summary>
/// <param name="Written">People written in the period in this week.</param>
/// <param name="Cumulative">People written since the plan began, by the end of this week (or of the period).</param>
/// <param name="Planned">What the plan called for by the end of this week: a straight line over its working days.</param>
public sealed record WeekFigures(DateOnly WeekStart, int Written, int Cumulative, int Planned);
