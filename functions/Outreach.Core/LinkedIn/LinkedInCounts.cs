namespace Outreach.LinkedIn;

/// <summary>
/// People the stored LinkedIn messages count as written via LinkedIn, and people who answered such a message; and
/// of those, what the messages just added changed: people written who were not before, and replies that are new.
/// </summary>
public sealed record LinkedInCounts(int Written, int Replies, int AddedWritten = 0, int AddedReplies = 0);
