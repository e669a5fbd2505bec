namespace Outreach.LinkedIn;

/// <summary>A LinkedIn message from the person after one of the user's that counted as written, and that message.</summary>
public sealed record LinkedInReply(string Key, DateTimeOffset ReceivedAt, string AnsweredKey, DateTimeOffset AnsweredAt);
