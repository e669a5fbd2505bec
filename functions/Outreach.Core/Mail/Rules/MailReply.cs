namespace Outreach.Mail.Rules;

/// <summary>A received mail that answers an outreach mail, and the outreach mail it answers, with their subjects.</summary>
public sealed record MailReply(
    string MessageId,
    DateTimeOffset ReceivedAt,
    string OutreachMessageId,
    DateTimeOffset OutreachSentAt,
    ReplyMatch MatchedBy,
    string? Subject = null,
    string? OutreachSubject = null)
{
    public TimeSpan TimeToReply => ReceivedAt - OutreachSentAt;
}
