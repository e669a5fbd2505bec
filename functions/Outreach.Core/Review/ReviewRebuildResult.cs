using Outreach.People;

namespace Outreach.Review;

/// <summary>What <see cref="ReviewRebuild"/> found: the days whose rows change, the counters, and the people whose marks change.</summary>
public sealed record ReviewRebuildResult(IReadOnlyList<DateOnly> ChangedDays, ReviewCounters Counters, IReadOnlyList<PersonEntity> Marked);
