namespace Outreach.Mail.Replies;

/// <summary>
/// A reply still waiting for an answer: who, which message (Graph immutable id), its subject, the outreach
/// mail it answers and how long the answer took. <see cref="Waiting"/> counts the person's unanswered replies.
/// </summary>
public sealed record ReplyView(
    string Id,
    string PersonId,
    string? FirstName,
    string? LastName,
    string MessageId,
    DateTimeOffset ReceivedAt,
    string? Subject,
    string Channel,
    AnsweredMail? Answers,
    double? HoursToReply,
    DateTimeOffset OutreachSentAt,
    int Waiting)
{
    public const string MailChannel = "mail";
    public const string LinkedInChannel = "linkedIn";

    public static ReplyView From(ReplyEntity row)
    {
        var answers = row.OutreachMessageId is null ? null : new AnsweredMail(row.OutreachMessageId, row.OutreachSentAt, row.OutreachSubject);
        double? hours = answers is null ? null : Math.Round((row.ReceivedAt - answers.SentAt).TotalHours, 1, MidpointRounding.AwayFromZero);
        return new ReplyView(
            ReplyId.Format(row.PersonId, row.MessageId), row.PersonId, row.FirstName, row.LastName, row.MessageId, row.ReceivedAt,
            row.Subject, row.Channel ?? MailChannel, answers, hours, row.OutreachSentAt, row.Waiting);
    }
}

