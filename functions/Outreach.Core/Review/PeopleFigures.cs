namespace Outreach.Review;

/// <summary>
/// Where the network stands today, as the People filters count: <c>open</c> is open and not snoozed,
/// <c>needsEmail</c> is open without a usable address (snoozed or not), <c>inPlan</c> everyone not skipped.
/// </summary>
public sealed record PeopleFigures(int InPlan, int Open, int Skipped, int Snoozed, int NeedsEmail);
