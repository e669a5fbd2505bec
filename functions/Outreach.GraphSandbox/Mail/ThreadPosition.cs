namespace Outreach.GraphSandbox.Mail;

/// <summary>Where a new message sits in a thread: its conversation and the Message-IDs it answers.</summary>
internal sealed record ThreadPosition(string ConversationId, string? InReplyTo, IReadOnlyList<string> References, SandboxMessage? Original)
{
    /// <summary>
    /// A reply joins the original's conversation and extends its References; an original the
    /// mailbox does not hold still gives In-Reply-To, with a new conversation (as when the original
    /// was deleted). An explicit conversation id wins.
    /// </summary>
    public static ThreadPosition For(Mailbox box, string? inReplyTo, string? conversationId)
    {
        if (inReplyTo is null)
        {
            return new ThreadPosition(conversationId ?? MessageIds.NewConversationId(), null, [], null);
        }

        var original = box.Messages.FirstOrDefault(m => m.InternetMessageId == inReplyTo);
        var references = original is null ? [inReplyTo] : (IReadOnlyList<string>)[.. original.References, inReplyTo];
        return new ThreadPosition(conversationId ?? original?.ConversationId ?? MessageIds.NewConversationId(), inReplyTo, references, original);
    }

    /// <summary>"Re: subject" unless the subject already starts so.</summary>
    public string ReplySubject(string prefix)
    {
        var subject = Original?.Subject ?? string.Empty;
        return subject.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? subject : prefix + subject;
    }
}
