namespace Outreach.Mail.Replies;

/// <summary>A reply still waiting for an answer: who, which message (Graph immutable id), since when.</summary>
public sealed record ReplyView(string PersonId, string? FirstName, string? LastName, string MessageId, DateTimeOffset ReceivedAt, DateTimeOffset OutreachSentAt, int Waiting);
