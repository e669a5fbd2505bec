namespace Outreach.Review;

/// <summary>How long each person written in the period had not heard from the user before; the buckets add up to written.total.</summary>
public sealed record SilenceFigures(int NeverBefore, int UnderOneYear, int OneToFiveYears, int OverFiveYears, LongestSilence? Longest);
