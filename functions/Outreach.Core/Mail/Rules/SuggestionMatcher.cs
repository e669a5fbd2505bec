namespace Outreach.Mail.Rules;

/// <summary>
/// Finds addresses in the mailbox whose display name is a person's name: every word of the last name and
/// the first word of the first name, in any order, ignoring case, accents and German umlaut spelling.
/// Middle names and extra words ("Hans Peter Müller", "Müller, Hans (ACME)") do not prevent a match.
/// </summary>
public static class SuggestionMatcher
{
    /// <param name="isTaken">True for an address that already belongs to an Outreach person; such an
    /// address is never suggested for someone else.</param>
    /// <returns>Matching addresses, most corresponded with first; none when either name is missing,
    /// since a single name matches far too many strangers.</returns>
    public static IReadOnlyList<AddressSuggestion> Match(
        string? firstName,
        string? lastName,
        IEnumerable<Correspondent> correspondents,
        Func<string, bool> isTaken)
    {
        var first = NameTokens.Of(firstName);
        var last = NameTokens.Of(lastName);
        if (first.Count == 0 || last.Count == 0)
        {
            return [];
        }

        var wanted = last.Prepend(first[0]).ToList();
        var suggestions = new List<AddressSuggestion>();
        foreach (var correspondent in correspondents)
        {
            if (isTaken(correspondent.Address))
            {
                continue;
            }

            var matched = correspondent.Names.FirstOrDefault(name => Contains(NameTokens.Of(name), wanted));
            if (matched is not null)
            {
                suggestions.Add(new AddressSuggestion(correspondent.Address, matched, correspondent.Count));
            }
        }

        return suggestions
            .OrderByDescending(suggestion => suggestion.Count)
            .ThenBy(suggestion => suggestion.Address, StringComparer.Ordinal)
            .ToList();
    }

    private static bool Contains(IReadOnlyList<string> words, List<string> wanted)
        => wanted.All(word => words.Contains(word, StringComparer.Ordinal));
}
