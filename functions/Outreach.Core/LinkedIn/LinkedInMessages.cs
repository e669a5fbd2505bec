using Outreach.People;

namespace Outreach.LinkedIn;

/// <summary>
/// Keeps the archive's messages with the people of the network (metadata only), then derives again who counts
/// as written. The rows are keyed by message, so importing the same archive again writes the same rows.
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
        var rows = matched.ByPerson.SelectMany(p => p.Value.Select(m => LinkedInMessageEntity.From(user, p.Key, m)));
        foreach (var chunk in rows.Chunk(TableLimits.MaxTransactionActions))
        {
            await client.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
        }

        var counts = await refresh.RefreshAsync(user, previousPlan: null, cancellationToken);
        return new LinkedInImport(counts.Written, counts.Replies, matched.OutsideNetwork);
    }
}
