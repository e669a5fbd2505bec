using Outreach.Mail.Linker;
using Outreach.Mail.Subscriptions;

namespace Outreach.Mail.Webhooks;

/// <summary>
/// The webhook's second half, off Graph's clock: turns a queued body into linker work rows (one
/// transaction per 100 messages of a user) and wakes the linker once per user — unless it runs here
/// already, since it looks for new work before it ends.
/// </summary>
public sealed class NotificationIntake(OutreachTable table, SubscriptionIndex subscriptions, MailQueues queues, LinkerActivity linker, TimeProvider time)
{
    public async Task StoreAsync(NotificationBatch batch, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var user in batch.Groups.GroupBy(g => g.User, StringComparer.Ordinal))
        {
            // A subscription deleted since (the mailbox disconnected or its data erased) brings no work.
            var live = await subscriptions.FindAllAsync(user.Select(g => g.SubscriptionId), cancellationToken);
            var work = user
                .Where(g => live[g.SubscriptionId]?.UserPartition == g.User)
                .SelectMany(g => g.MessageIds.Select(id => new WorkItemEntity
                {
                    PartitionKey = g.User,
                    RowKey = WorkItemEntity.KeyFor(id),
                    MessageId = id,
                    Folder = g.Folder,
                    NotifiedAt = now,
                }))
                .DistinctBy(w => w.RowKey)
                .ToList();
            if (work.Count == 0)
            {
                continue;
            }

            foreach (var chunk in work.Chunk(100))
            {
                await client.SubmitTransactionAsync(chunk.Select(w => new TableTransactionAction(TableTransactionActionType.UpsertReplace, w)), cancellationToken);
            }

            var owner = UserId.FromPartitionKey(user.Key);
            if (!linker.IsRunning(owner))
            {
                await queues.KickLinkerAsync(owner, cancellationToken);
            }
        }
    }
}
