using Outreach.Mail.Rules;

namespace Outreach.LinkedIn;

/// <summary>
/// One LinkedIn message as kept for one person: metadata only (never its subject or text).
/// </summary>
/// <param name="Key">Names the message for good, so importing the archive again finds the same one.</param>
/// <param name="Direction">Out: the user wrote it; in: the person did.</param>
/// <param name="Group">The conversation has more than one person besides the user: it counts for no one.</param>
public sealed record LinkedInMessage(string Key, string ConversationId, MailDirection Direction, DateTimeOffset At, bool Group);
