using Outreach.Text;

namespace Outreach.LinkedIn;

/// <summary>
/// Which participant of messages.csv is the user: the sender named like the user in Profile.csv, else the one
/// participant present in every conversation. Names are compared folded (case, accents) because the archive
/// mis-decodes them; profile URLs identify everyone else.
/// </summary>
public static class ArchiveOwner
{
    /// <returns>The user's normalised profile URL, or null when the archive does not tell.</returns>
    public static string? Find(IReadOnlyList<ArchiveMessage> messages, string? profileName)
    {
        var name = TextFolding.Fold(profileName);
        if (name.Length > 0)
        {
            var named = messages.Where(m => TextFolding.Fold(m.FromName) == name)
                .GroupBy(m => m.From, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key)
                .FirstOrDefault();
            if (named is not null)
            {
                return named;
            }
        }

        HashSet<string>? inEvery = null;
        foreach (var conversation in messages.GroupBy(m => m.ConversationId, StringComparer.Ordinal))
        {
            var participants = conversation.SelectMany(m => m.To.Append(m.From)).ToHashSet(StringComparer.Ordinal);
            inEvery = inEvery is null ? participants : [.. inEvery.Intersect(participants, StringComparer.Ordinal)];
        }

        // With one conversation of two both are in every conversation: then the archive does not tell.
        return inEvery is { Count: 1 } ? inEvery.Single() : null;
    }
}
