namespace Outreach.LinkedIn;

/// <summary>People the stored LinkedIn messages count as written via LinkedIn, and people who answered such a message.</summary>
public sealed record LinkedInCounts(int Written, int Replies);
