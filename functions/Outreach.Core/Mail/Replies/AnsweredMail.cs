namespace Outreach.Mail.Replies;

/// <summary>The outreach mail a reply answers.</summary>
public sealed record AnsweredMail(string MessageId, DateTimeOffset SentAt, string? Subject);
