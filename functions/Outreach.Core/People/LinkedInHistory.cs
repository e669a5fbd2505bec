namespace Outreach.People;

/// <summary>What the archive's messages.csv says about this person: first and last message, and how many each way.</summary>
public sealed record LinkedInHistory(DateTimeOffset? First, DateTimeOffset? Last, int Sent, int Received, int Replies);
