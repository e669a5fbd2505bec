using Outreach.Mail.Linker;

namespace Outreach.Mail.Replies;

/// <summary>
/// Replies waiting for an answer, newest first, minus those the user dismissed: two range queries (reply
/// rows and dismissals), run side by side.
/// </summary>
public sealed class RepliesService(OutreachTable table)
{
    public async Task<IReadOnlyList<ReplyView>> ListAsync(UserId user, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var repliesTask = ReadAllAsync<ReplyEntity>(client, RowKeys.Range(user, MailRows.ReplyPrefix), cancellationToken);
        var dismissalsTask = ReadAllAsync<ReplyDismissalEntity>(client, RowKeys.Range(user, ReplyDismissalEntity.Prefix), cancellationToken);
        var dismissed = (await dismissalsTask).ToDictionary(d => d.PersonId, d => d.DismissedThrough, StringComparer.Ordinal);
        return (await repliesTask)
            .Where(row => !(dismissed.TryGetValue(row.PersonId, out var through) && row.ReceivedAt <= through))
            .OrderByDescending(row => row.ReceivedAt)
            .Select(ReplyView.From)
            .ToList();
    }

    /// <summary>
    /// "No answer needed": the reply leaves the list until the person writes again. Dismissing it twice
    /// changes nothing; an id that names no waiting reply of this user is a 404.
    /// </summary>
    public async Task DismissAsync(UserId user, string id, CancellationToken cancellationToken)
    {
        if (!ReplyId.TryParse(id, out var personId, out var messageKey))
        {
            // Not an id this API gives out: say so without repeating whatever was sent.
            throw ApiProblemException.NotFound("No reply has an id like that; use the id the list of replies gave.");
        }

        var client = await table.GetClientAsync(cancellationToken);
        // A person may have a reply waiting by mail and one on LinkedIn; the id's message key tells which.
        var row = await client.GetEntityIfExistsAsync<ReplyEntity>(user.PartitionKey, MailRows.Reply(personId), cancellationToken: cancellationToken);
        if (!row.HasValue || MailRows.MessageKey(row.Value!.MessageId) != messageKey)
        {
            row = await client.GetEntityIfExistsAsync<ReplyEntity>(user.PartitionKey, LinkedIn.LinkedInRows.Reply(personId), cancellationToken: cancellationToken);
        }

        if (!row.HasValue || MailRows.MessageKey(row.Value!.MessageId) != messageKey)
        {
            throw NotWaiting(id);
        }

        // Through this reply's own time: a newer one the linker writes meanwhile is later, so it still shows.
        await client.UpsertEntityAsync(new ReplyDismissalEntity
        {
            PartitionKey = user.PartitionKey,
            RowKey = ReplyDismissalEntity.Key(personId),
            PersonId = personId,
            DismissedThrough = row.Value.ReceivedAt,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    private static ApiProblemException NotWaiting(string id)
        => ApiProblemException.NotFound($"No reply with id '{id}' is waiting for an answer.");

    private static async Task<List<T>> ReadAllAsync<T>(TableClient client, string filter, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var rows = new List<T>();
        await foreach (var row in client.QueryAsync<T>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
