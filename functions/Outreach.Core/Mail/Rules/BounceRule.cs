namespace Outreach.Mail.Rules;

/// <summary>
/// Which of a person's addresses bounced (DESIGN "Addresses": a hint the person moved on). Marking a
/// working address bounced stops the user writing to it, so a bounce marks an address only when it
/// says so unambiguously.
/// </summary>
internal static class BounceRule
{
    /// <param name="messages">A <see cref="LinkedMessageSet"/>: deduplicated, in time order.</param>
    public static IReadOnlyList<string> BouncedAddresses(IReadOnlyList<LinkedMessage> messages)
    {
        var sent = messages.Where(message => message.Kind == MessageKind.Sent).ToList();
        var lastBounce = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var bounce in messages.Where(message => message.Kind == MessageKind.NonDelivery))
        {
            foreach (var address in Reported(bounce, sent))
            {
                lastBounce[address] = bounce.When;
            }
        }

        // Mail that later arrived from the address, even an out-of-office, proves it works again.
        return lastBounce
            .Where(bounced => !messages.Any(message => message.IsFromPerson
                && message.Kind is MessageKind.Received or MessageKind.AutoReply
                && string.Equals(message.Sender, bounced.Key, StringComparison.Ordinal)
                && message.When > bounced.Value))
            .Select(bounced => bounced.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    // X-Failed-Recipients names the address outright and wins. Otherwise the bounce must refer to a sent mail
    // that went to one address only, which is then the one that failed; the report body naming the failed
    // recipient of a mail to several addresses is not readable with Mail.ReadBasic. A bounce without
    // headers refers to nothing: then the latest earlier sent mail of its conversation is the one.
    private static IEnumerable<string> Reported(LinkedMessage bounce, List<LinkedMessage> sent)
    {
        if (bounce.PersonAddresses.Count > 0)
        {
            return bounce.PersonAddresses;
        }

        var reported = bounce.ReferencedIds.Count > 0
            ? sent.Where(mail => mail.InternetMessageId is { } id && bounce.ReferencedIds.Contains(id, StringComparer.Ordinal))
            : sent.Where(mail => mail.ConversationId is { } conversation
                && string.Equals(conversation, bounce.ConversationId, StringComparison.Ordinal)
                && mail.When <= bounce.When).TakeLast(1);
        return reported
            .Where(mail => mail.RecipientCount == 1 && mail.PersonAddresses.Count == 1)
            .Select(mail => mail.PersonAddresses[0]);
    }
}
