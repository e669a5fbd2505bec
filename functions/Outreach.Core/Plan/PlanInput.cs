namespace Outreach.Plan;

/// <summary>
/// The body of <c>PUT /api/plan</c>. <see cref="Target"/> null means everyone. Omitted optional members
/// keep their current value.
/// </summary>
public sealed record PlanInput(int? Target, DateOnly? Deadline, bool? WeekdaysOnly, PlanOrder? Order, int? Seed, string? TimeZone);
