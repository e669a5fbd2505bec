namespace Outreach.Review;

/// <summary>The longest silence bridged in the period, in years to one decimal.</summary>
public sealed record LongestSilence(string PersonId, string Name, double Years);
