using Outreach.Plan;

namespace Outreach.Review;

/// <summary>Everything <see cref="ReviewCalculator"/> needs: the period, the plan and the stored aggregates.</summary>
/// <param name="Days">The review's day rows of the period (others are ignored).</param>
/// <param name="WrittenBefore">People counted as written on days before <paramref name="From"/> (the burn-up's start).</param>
/// <param name="Population">People in the plan (everyone not skipped): the target when the plan has none.</param>
public sealed record ReviewInput(
    PlanSettings Plan,
    DateOnly From,
    DateOnly To,
    IReadOnlyCollection<ReviewDay> Days,
    int WrittenBefore,
    int Population,
    PeopleFigures People,
    ReviewCounters Counters,
    int AwaitingAnswer);
