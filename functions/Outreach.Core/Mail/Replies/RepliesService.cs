using Outreach.Mail.Linker;

namespace Outreach.Mail.Replies;

/// <summary>Replies waiting for an answer: one range query over the reply rows, newest first.</summary>
public sealed class RepliesService(OutreachTable table)
{
    public async Task<IReadOnlyList<ReplyView>> ListAsync(UserId user, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var filter = RowKeys.Range(user, MailRows.ReplyPrefix);
        var replies = new List<ReplyView>();
        await foreach (var row in client.QueryAsync<ReplyEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            replies.Add(new ReplyView(row.PersonId, row.FirstName, row.LastName, row.MessageId, row.ReceivedAt, row.OutreachSentAt, row.Waiting));
        }

        return replies.OrderByDescending(r => r.ReceivedAt).ToList();
    }
}
