namespace Outreach.Review;

/// <summary>One week of the burn-up chart (weeks start on Monday, local days of the plan's time zone).</summary>
/// <param name="Written">People written in the period in this week.</param>
/// <param name="Cumulative">People written since the plan began, by the end of this week (or of the period).</param>
/// <param name="Planned">What the plan called for by the end of this week: a straight line over its working days.</param>
/// <param name="Replies">
/// People whose first reply to a mail or message written in the period arrived on a local day of this week
/// (by the period's end): over the weeks these add up to <c>replies.people</c>.
/// </param>
public sealed record WeekFigures(DateOnly WeekStart, int Written, int Cumulative, int Planned, int Replies);
