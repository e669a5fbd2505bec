namespace Outreach.Mail.Rules;

/// <summary>A received mail that answers an outreach mail, and the outreach mail it answers.</summary>
public sealed record MailReply(
    string MessageId,
    DateTimeOffset ReceivedAt,
    string OutreachMessageId,
    DateTimeOffset OutreachSentAt,
    ReplyMatch MatchedBy)
{
    public TimeSpan TimeToReply => ReceivedAt - OutreachSentAt;
}
