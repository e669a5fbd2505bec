namespace Outreach.Mail.Rules;

/// <summary>
/// DESIGN "What counts as written": a sent mail counts for a person when that person is the only Outreach
/// person among its To recipients. Cc and Bcc never count. Addresses outside the network in To do not
/// stop it (a note to a friend's partner as well is still personal); a second Outreach person in To does.
/// </summary>
public static class WrittenRule
{
    /// <summary>
    /// The person this mail counts as written for, or null. <paramref name="peopleByAddress"/> gets a
    /// normalised address (<see cref="AddressKey"/>) and returns the ids of the people who have it; an address
    /// shared by two people makes the mail ambiguous, so it counts for neither.
    /// </summary>
    public static string? WrittenFor(MailMessageFacts message, Func<string, IReadOnlyList<string>> peopleByAddress)
    {
        if (MessageClassifier.Classify(message) != MessageKind.Sent)
        {
            return null;
        }

        var people = PeopleByAddress.Resolve(message.To.Select(recipient => recipient.Address), peopleByAddress);
        return people.Count == 1 ? people.Keys.First() : null;
    }

    /// <summary>
    /// Every person the message involves, for mail history: as a recipient of a sent mail, or as sender or
    /// recipient of a received one. Drafts involve nobody.
    /// </summary>
    public static IReadOnlySet<PersonInvolvement> Involved(MailMessageFacts message, Func<string, IReadOnlyList<string>> peopleByAddress)
    {
        var kind = MessageClassifier.Classify(message);
        if (kind == MessageKind.Draft)
        {
            return new HashSet<PersonInvolvement>();
        }

        var direction = kind == MessageKind.Sent ? MailDirection.Out : MailDirection.In;
        return PeopleByAddress.Resolve(PeopleByAddress.Participants(message, kind), peopleByAddress).Keys
            .Select(personId => new PersonInvolvement(personId, direction))
            .ToHashSet();
    }
}
