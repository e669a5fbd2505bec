using System.Globalization;
using Outreach.Mail.Rules;

namespace Outreach.LinkedIn;

/// <summary>
/// Ties the archive's messages to people of the network by profile URL. A message the user sent belongs to
/// its recipients, one they received to its sender. A conversation with more than one person besides the user
/// is a group conversation. Messages with nobody of the network are only counted.
/// </summary>
public static class ConversationMatcher
{
    /// <param name="personByUrl">The person with this normalised profile URL, or null when they are not in the network.</param>
    public static MatchedMessages Match(ArchiveMessages archive, Func<string, string?> personByUrl)
    {
        var owner = archive.Owner;
        var groups = archive.Messages.GroupBy(m => m.ConversationId, StringComparer.Ordinal)
            .ToDictionary(
                c => c.Key,
                c => c.SelectMany(m => m.To.Append(m.From)).Where(p => p != owner).Distinct(StringComparer.Ordinal).Count() > 1,
                StringComparer.Ordinal);
        var byPerson = new Dictionary<string, List<LinkedInMessage>>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var outside = 0;
        foreach (var message in archive.Messages)
        {
            var key = Key(message, seen);
            var outgoing = message.From == owner;
            if (!outgoing && !message.To.Contains(owner, StringComparer.Ordinal))
            {
                continue; // not the user's message at all
            }

            var others = outgoing ? message.To.Where(p => p != owner).Distinct(StringComparer.Ordinal).ToList() : [message.From];
            var people = others.Select(personByUrl).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (people.Count == 0)
            {
                outside += others.Count > 0 ? 1 : 0;
                continue;
            }

            var kept = new LinkedInMessage(key, message.ConversationId, outgoing ? MailDirection.Out : MailDirection.In, message.At, groups[message.ConversationId]);
            foreach (var person in people)
            {
                if (!byPerson.TryGetValue(person, out var list))
                {
                    byPerson[person] = list = [];
                }

                list.Add(kept);
            }
        }

        return new MatchedMessages(byPerson, outside);
    }

    // The archive gives messages no id: conversation, sender and second name one, and the rare second
    // message of the same second is told apart by its place, which a re-export keeps.
    private static string Key(ArchiveMessage message, Dictionary<string, int> seen)
    {
        var identity = string.Create(CultureInfo.InvariantCulture, $"{message.ConversationId}\n{message.From}\n{message.At.ToUnixTimeSeconds()}");
        var n = seen[identity] = seen.GetValueOrDefault(identity) + 1;
        return RowKeys.Hash($"{identity}\n{n}", 16);
    }
}
