using Outreach.People;
using Outreach.Plan;

namespace Outreach.Today;

/// <summary>Everything the pane's Today view needs, in one response.</summary>
public sealed record TodayView(DateOnly Today, Progress Progress, int NeedsEmailCount, PersonView? Next, PlanSettings Plan, IReadOnlyList<Mail.Suggestions.PersonSuggestion> Suggestions);
