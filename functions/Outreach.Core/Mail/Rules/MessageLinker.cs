namespace Outreach.Mail.Rules;

/// <summary>Turns one message into the <see cref="LinkedMessage"/> each involved person keeps.</summary>
public static class MessageLinker
{
    /// <summary>
    /// Person id → what that person keeps of the message. A bounce names no person among its participants,
    /// so it is tied through <paramref name="peopleBySentMessageId"/> (the people a sent mail with this
    /// key of <see cref="MessageIds.SentKeys"/> was linked to, asked for each of <see cref="MessageIds.BounceKeys"/>)
    /// and through <c>X-Failed-Recipients</c>. A message
    /// without any timestamp cannot be placed in a history and links to nobody; Graph always sets one.
    /// </summary>
    public static IReadOnlyDictionary<string, LinkedMessage> Link(
        MailMessageFacts message,
        Func<string, IReadOnlyList<string>> peopleByAddress,
        Func<string, IReadOnlyList<string>>? peopleBySentMessageId = null)
    {
        var kind = MessageClassifier.Classify(message);
        var result = new SortedDictionary<string, LinkedMessage>(StringComparer.Ordinal);
        if (kind == MessageKind.Draft || message.When is not { } when)
        {
            return result;
        }

        var referenced = MessageIds.Referenced(message);
        var people = kind == MessageKind.NonDelivery
            ? BouncePeople(message, peopleByAddress, peopleBySentMessageId)
            : PeopleByAddress.Resolve(PeopleByAddress.Participants(message, kind), peopleByAddress);
        var writtenFor = kind == MessageKind.Sent ? WrittenRule.WrittenFor(message, peopleByAddress) : null;
        var recipientCount = kind == MessageKind.Sent ? RecipientCount(message) : 0;

        foreach (var (personId, addresses) in people)
        {
            result.Add(personId, new LinkedMessage
            {
                MessageId = message.Id,
                InternetMessageId = MessageIds.Normalize(message.InternetMessageId),
                ConversationId = message.ConversationId,
                Kind = kind,
                Direction = kind == MessageKind.Sent ? MailDirection.Out : MailDirection.In,
                When = when,
                Subject = message.Subject is { Length: > LinkedMessage.MaxSubjectLength } subject ? subject[..LinkedMessage.MaxSubjectLength] : message.Subject,
                CountedAsWritten = string.Equals(writtenFor, personId, StringComparison.Ordinal),
                ReferencedIds = referenced,
                Sender = AddressKey.Normalize(message.From?.Address),
                PersonAddresses = [.. addresses],
                RecipientCount = recipientCount,
            });
        }

        return result;
    }

    private static int RecipientCount(MailMessageFacts message)
        => message.To.Concat(message.Cc).Concat(message.Bcc)
            .Select(recipient => AddressKey.Normalize(recipient.Address))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Count();

    private static SortedDictionary<string, SortedSet<string>> BouncePeople(
        MailMessageFacts message,
        Func<string, IReadOnlyList<string>> peopleByAddress,
        Func<string, IReadOnlyList<string>>? peopleBySentMessageId)
    {
        var people = PeopleByAddress.Resolve(FailedRecipients.Of(message), peopleByAddress);
        if (peopleBySentMessageId is null)
        {
            return people;
        }

        foreach (var personId in MessageIds.BounceKeys(message).SelectMany(peopleBySentMessageId))
        {
            people.TryAdd(personId, new SortedSet<string>(StringComparer.Ordinal));
        }

        return people;
    }
}
