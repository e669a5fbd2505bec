namespace Outreach.Mail.Rules;

/// <summary>
/// Derives a person's <see cref="PersonMailState"/> from the messages linked to them. A pure function of the
/// set of messages (deduplicated by message id): the linker may see a message twice or out of order
/// (duplicate notifications, backfill after live mail) and still arrives at the same state.
/// </summary>
public static class PersonMailDerivation
{
    public static PersonMailState Derive(IEnumerable<LinkedMessage> messages)
    {
        var set = LinkedMessageSet.Of(messages);
        var sent = set.Where(message => message.Kind == MessageKind.Sent).ToList();
        var received = set.Where(message => message.Kind == MessageKind.Received && message.IsFromPerson).ToList();
        var exchanged = sent.Concat(received).Select(message => message.When).ToList();
        var written = sent.FirstOrDefault(message => message.CountedAsWritten);
        var replies = ReplyMatcher.Replies(set);
        var bridged = written is null ? [] : exchanged.Where(when => when < written.When).ToList();

        return new PersonMailState
        {
            FirstExchanged = exchanged.Count == 0 ? null : exchanged.Min(),
            LastExchanged = exchanged.Count == 0 ? null : exchanged.Max(),
            SentCount = sent.Count,
            ReceivedCount = received.Count,
            WrittenMessageId = written?.MessageId,
            WrittenAt = written?.When,
            LastExchangedBeforeWritten = bridged.Count == 0 ? null : bridged.Max(),
            Replies = replies,
            AwaitingAnswer = replies.Where(reply => !IsAnswered(reply, sent, set)).ToList(),
            BouncedAddresses = BounceRule.BouncedAddresses(set),
        };
    }

    /// <summary>
    /// Answered by any later mail to the person, or by a mail in the same conversation sent in the same
    /// second — timestamps have a resolution of a second, and Sent Items copies carry no In-Reply-To. A
    /// mail the reply itself refers to came before it, whatever the clocks say.
    /// </summary>
    private static bool IsAnswered(MailReply reply, List<LinkedMessage> sent, IReadOnlyList<LinkedMessage> all)
    {
        var replied = all.FirstOrDefault(message => message.MessageId == reply.MessageId);
        bool Precedes(LinkedMessage mail)
            => mail.MessageId == reply.OutreachMessageId
                || (mail.InternetMessageId is not null && replied?.ReferencedIds.Contains(mail.InternetMessageId) == true);

        return sent.Any(mail => !Precedes(mail)
            && (mail.When > reply.ReceivedAt
                || (replied?.ConversationId is { } conversation && mail.ConversationId == conversation && mail.When >= reply.ReceivedAt)));
    }
}
