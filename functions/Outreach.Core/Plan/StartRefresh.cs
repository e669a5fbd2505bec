namespace Outreach.Plan;

/// <summary>
/// A change of the plan's start whose re-derivation has not finished, kept in the summary row
/// (<see cref="Ledger.SummaryEntity.StartRefreshJson"/>). It names every start some stored rows may still be
/// derived under, so a later run knows which people to derive again; <see cref="Run"/> tells the change a run
/// began from a later one that widened it.
/// </summary>
public sealed record StartRefresh(IReadOnlyList<DateOnly> Starts, string Run);
