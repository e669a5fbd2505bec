using Outreach.People;

namespace Outreach.LinkedIn;

/// <summary>
/// Keeps the archive's messages with the people of the network (metadata only), then derives again who counts
/// as written. The rows are keyed by message, so importing the same archive again finds them all stored and
/// writes none; what an upload adds is told apart from what was kept before.
/// </summary>
public sealed class LinkedInMessages(OutreachTable table, WrittenRefresh refresh)
{
    public async Task<LinkedInImport> ImportAsync(UserId user, ArchiveMessages archive, IReadOnlyList<PersonEntity> people, CancellationToken cancellationToken)
    {
        var byUrl = people.Where(p => p.ProfileUrl is not null)
            .GroupBy(p => p.ProfileUrl!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);

        // Vanity URLs ignore case; member-id URLs do not, so a case-blind match must name one person only.
        var byFoldedUrl = byUrl.GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(p => p.Value).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);
        var matched = ConversationMatcher.Match(archive, url => byUrl.GetValueOrDefault(url) ?? byFoldedUrl.GetValueOrDefault(url));

        var client = await table.GetClientAsync(cancellationToken);
        // One range read serves both: the keys tell what is new, and the rows, with what this upload writes,
        // are what the re-derivation would otherwise read again.
        var kept = await WrittenRefresh.ReadLinkedInAsync(client, user, cancellationToken);
        var stored = kept.SelectMany(p => p.Value.Select(m => LinkedInRows.Message(p.Key, m.Key))).ToHashSet(StringComparer.Ordinal);
        var added = matched.ByPerson.SelectMany(p => p.Value.Select(m => LinkedInMessageEntity.From(user, p.Key, m)))
            .Where(r => !stored.Contains(r.RowKey))
            .DistinctBy(r => r.RowKey, StringComparer.Ordinal)
            .ToList();
        foreach (var chunk in added.Chunk(TableLimits.MaxTransactionActions))
        {
            await client.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
        }

        foreach (var row in added)
        {
            if (!kept.TryGetValue(row.PersonId, out var messages))
            {
                kept[row.PersonId] = messages = [];
            }

            messages.Add(row.ToMessage());
        }

        var upload = new LinkedInUpload(kept, added.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal));
        var counts = await refresh.RefreshAsync(user, previousStarts: [], upload, cancellationToken);
        return new LinkedInImport(counts.Written, counts.Replies, matched.OutsideNetwork, new LinkedInAdded(added.Count, counts.AddedWritten, counts.AddedReplies));
    }
}
