namespace Outreach.Plan;

/// <summary>
/// The body of <c>PUT /api/plan</c>. <see cref="Target"/> null means everyone. Omitted optional members
/// keep their current value; <see cref="StartedOn"/> omitted is today for a new plan.
/// </summary>
public sealed record PlanInput(int? Target, DateOnly? Deadline, bool? WeekdaysOnly, PlanOrder? Order, int? Seed, string? TimeZone, DateOnly? StartedOn = null);
