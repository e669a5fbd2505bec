namespace Outreach.Mail.Rules;

/// <summary>Resolves participants of a message to Outreach people through the caller's address lookup.</summary>
internal static class PeopleByAddress
{
    /// <summary>Person id → that person's addresses among <paramref name="addresses"/>, both in ordinal order.</summary>
    public static SortedDictionary<string, SortedSet<string>> Resolve(
        IEnumerable<string?> addresses, Func<string, IReadOnlyList<string>> resolve)
    {
        var people = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var address in addresses.Select(AddressKey.Normalize).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            foreach (var personId in resolve(address))
            {
                if (!people.TryGetValue(personId, out var own))
                {
                    own = new SortedSet<string>(StringComparer.Ordinal);
                    people.Add(personId, own);
                }

                own.Add(address);
            }
        }

        return people;
    }

    /// <summary>
    /// The addresses through which people take part. The sender of a sent mail is the user, so only its
    /// recipients count; for anything received the sender counts as well.
    /// </summary>
    public static IEnumerable<string?> Participants(MailMessageFacts message, MessageKind kind)
    {
        var recipients = message.To.Concat(message.Cc).Concat(message.Bcc);
        var all = kind == MessageKind.Sent || message.From is null ? recipients : recipients.Prepend(message.From);
        return all.Select(participant => participant.Address);
    }
}
