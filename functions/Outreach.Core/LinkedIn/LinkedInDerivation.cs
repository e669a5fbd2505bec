using Outreach.Mail.Rules;

namespace Outreach.LinkedIn;

/// <summary>
/// The mail rules, for LinkedIn messages (DESIGN "LinkedIn messages"): a message the user sent to the person
/// alone since the plan's start counts as written; a message from them after it is a reply until the user
/// writes to them again; everything else is history. Group conversations count for no one. A pure function of
/// the set of messages (deduplicated by key), so importing an archive twice changes nothing.
/// </summary>
public static class LinkedInDerivation
{
    /// <param name="localDay">The plan's local day of an instant.</param>
    public static LinkedInState Derive(IEnumerable<LinkedInMessage> messages, DateOnly startedOn, Func<DateTimeOffset, DateOnly> localDay)
    {
        var set = messages
            .GroupBy(m => m.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(m => m.At)
            .ThenBy(m => m.Key, StringComparer.Ordinal)
            .ToList();
        if (set.Count == 0)
        {
            return LinkedInState.Empty;
        }

        var personal = set.Where(m => !m.Group).ToList();
        var outreach = personal.Where(m => m.Direction == MailDirection.Out && localDay(m.At) >= startedOn).ToList();
        var replies = new List<LinkedInReply>();
        foreach (var received in personal.Where(m => m.Direction == MailDirection.In))
        {
            if (outreach.LastOrDefault(sent => sent.At < received.At) is { } answered)
            {
                replies.Add(new LinkedInReply(received.Key, received.At, answered.Key, answered.At));
            }
        }

        var lastWritten = personal.Where(m => m.Direction == MailDirection.Out).Select(m => (DateTimeOffset?)m.At).Max();
        return new LinkedInState
        {
            First = set[0].At,
            Last = set[^1].At,
            Sent = set.Count(m => m.Direction == MailDirection.Out),
            Received = set.Count(m => m.Direction == MailDirection.In),
            WrittenAt = outreach.FirstOrDefault()?.At,
            Replies = replies,
            AwaitingAnswer = replies.Where(r => !(lastWritten > r.ReceivedAt)).ToList(),
            Times = set.Select(m => m.At).ToList(),
        };
    }
}
