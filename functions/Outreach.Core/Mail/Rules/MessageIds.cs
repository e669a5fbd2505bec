namespace Outreach.Mail.Rules;

/// <summary>RFC 5322 message ids as they appear in <c>Message-ID</c>, <c>In-Reply-To</c> and <c>References</c>.</summary>
public static class MessageIds
{
    private static readonly char[] Separators = [' ', '\t', '\r', '\n', ','];

    /// <summary>
    /// The ids in a header value, in order, duplicates removed, each as <c>&lt;id&gt;</c>. Case is kept:
    /// the left part of an id is case-sensitive. Text outside angle brackets (old clients add comments such as
    /// "(Hans's message of ...)") is ignored, unless the value has no brackets at all, as sloppy senders write.
    /// </summary>
    public static IReadOnlyList<string> Parse(string? headerValue)
    {
        if (string.IsNullOrWhiteSpace(headerValue))
        {
            return [];
        }

        var tokens = headerValue.Contains('<', StringComparison.Ordinal)
            ? Bracketed(headerValue)
            : headerValue.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Where(token => token.Contains('@', StringComparison.Ordinal));
        return tokens.Select(Normalize).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>An id ready for ordinal comparison: trimmed and in angle brackets; null when empty.</summary>
    public static string? Normalize(string? id)
    {
        var trimmed = id?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var inner = trimmed.TrimStart('<').TrimEnd('>').Trim();
        return inner.Length == 0 ? null : $"<{inner}>";
    }

    /// <summary>The ids a message answers or follows: <c>In-Reply-To</c> first, then <c>References</c>, without duplicates.</summary>
    public static IReadOnlyList<string> Referenced(MailMessageFacts message)
    {
        message.Headers.TryGetValue("In-Reply-To", out var inReplyTo);
        message.Headers.TryGetValue("References", out var references);
        return Parse(inReplyTo).Concat(Parse(references)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// What ties a bounce to the sent mail it reports on: the ids it references, or, when it carries no
    /// headers (Graph may withhold them under Mail.ReadBasic), its conversation, which Exchange gives
    /// a non-delivery report from the original.
    /// </summary>
    public static IReadOnlyList<string> BounceKeys(MailMessageFacts message)
    {
        var referenced = Referenced(message);
        return referenced.Count > 0 || ConversationKey(message.ConversationId) is not { } conversation ? referenced : [conversation];
    }

    /// <summary>The keys a sent mail is found by from a bounce (<see cref="BounceKeys"/>): its id and its conversation.</summary>
    public static IReadOnlyList<string> SentKeys(MailMessageFacts message)
        => new[] { Normalize(message.InternetMessageId), ConversationKey(message.ConversationId) }.OfType<string>().ToList();

    // Never mistaken for a message id, which always has angle brackets once normalised.
    private static string? ConversationKey(string? conversationId)
        => string.IsNullOrEmpty(conversationId) ? null : "conversation:" + conversationId;

    private static IEnumerable<string> Bracketed(string value)
    {
        var start = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '<')
            {
                start = i;
            }
            else if (value[i] == '>' && start >= 0)
            {
                yield return value[start..(i + 1)];
                start = -1;
            }
        }
    }
}
