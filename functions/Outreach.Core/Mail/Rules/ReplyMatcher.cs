namespace Outreach.Mail.Rules;

/// <summary>
/// DESIGN "What counts as a reply": mail received from the person that answers an outreach mail (one counted
/// as written), matched by In-Reply-To/References, else conversation, else simply coming later. Mail from
/// them before any outreach mail is history, not a reply; auto-replies and bounces never are.
/// </summary>
internal static class ReplyMatcher
{
    /// <param name="messages">A <see cref="LinkedMessageSet"/>: deduplicated, in time order.</param>
    public static IReadOnlyList<MailReply> Replies(IReadOnlyList<LinkedMessage> messages)
    {
        var outreach = messages.Where(message => message.Kind == MessageKind.Sent && message.CountedAsWritten).ToList();
        if (outreach.Count == 0)
        {
            return [];
        }

        var replies = new List<MailReply>();
        foreach (var received in messages.Where(message => message.Kind == MessageKind.Received && message.IsFromPerson))
        {
            if (Match(received, outreach) is ({ } answered, var matchedBy))
            {
                replies.Add(new MailReply(received.MessageId, received.When, answered.MessageId, answered.When, matchedBy, received.Subject, answered.Subject));
            }
        }

        return replies;
    }

    // The latest qualifying outreach mail is the one answered: a reply to the second mail of a person
    // written twice belongs to that mail, not to the first.
    private static (LinkedMessage? Answered, ReplyMatch MatchedBy) Match(LinkedMessage received, List<LinkedMessage> outreach)
    {
        // A reference is proof of order by itself; clocks of two mail systems need not agree.
        var byReference = outreach.LastOrDefault(sent => sent.InternetMessageId is { } id && received.ReferencedIds.Contains(id, StringComparer.Ordinal));
        if (byReference is not null)
        {
            return (byReference, ReplyMatch.Reference);
        }

        // Without headers (Graph may withhold them) this is the strongest signal left; times have a
        // resolution of a second, so a reply within the outreach mail's own second cannot be told from mail
        // that crossed it.
        var earlier = outreach.Where(sent => sent.When < received.When).ToList();
        var byConversation = earlier.LastOrDefault(sent => sent.ConversationId is { } conversation
            && string.Equals(conversation, received.ConversationId, StringComparison.Ordinal));
        if (byConversation is not null)
        {
            return (byConversation, ReplyMatch.Conversation);
        }

        return (earlier.LastOrDefault(), ReplyMatch.Sender);
    }
}
