using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Outreach.Mail.Graph;
using Outreach.Mail.Mailbox;

namespace Outreach.Mail.Linker;

/// <summary>
/// The linker for one user: takes every message waiting in the user's partition — and what arrives
/// while it works, until none is left — reads them from Graph in batches of 20, links them as one run
/// per round, and clears the work. A message that keeps failing goes to the poison queue with its
/// reason and is counted on the mailbox.
/// </summary>
public sealed class LinkerWork(
    OutreachTable table,
    MailboxStore mailboxes,
    UserGraphClientFactory graph,
    GraphMessageReader reader,
    MailLinker linker,
    LinkerActivity activity,
    MailQueues queues,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<LinkerWork> logger)
{
    private static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan LeaseHeldRetry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(400);
    private const int MaxSettles = 10;
    private const int FullRound = 2000;

    public async Task RunAsync(UserId user, CancellationToken cancellationToken)
    {
        // Whoever runs looks for new work after letting go (below), so a kick meanwhile may be dropped:
        // its work was written before the kick, so before that last look.
        var client = await table.GetClientAsync(cancellationToken);
        if (!activity.TryStart(user))
        {
            return;
        }

        var owned = true;
        var handled = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            while (true)
            {
                if (!await WorkLease.TryRunAsync(client, user, "linker", LeaseLength, time, held => LinkWaitingAsync(client, user, handled, held), cancellationToken))
                {
                    // Another worker links this user's mail (or died holding the lease): come back, since
                    // work stored while this one counted as running was not kicked.
                    await queues.KickLinkerAsync(user, cancellationToken, LeaseHeldRetry);
                    return;
                }

                activity.Stop(user);
                owned = false;
                if ((await ReadWaitingAsync(client, user, handled, cancellationToken)).Count == 0 || !(owned = activity.TryStart(user)))
                {
                    return;
                }
            }
        }
        finally
        {
            if (owned)
            {
                activity.Stop(user);
            }
        }
    }

    private async Task LinkWaitingAsync(TableClient client, UserId user, HashSet<string> handled, CancellationToken cancellationToken)
    {
        var mailbox = await mailboxes.FindAsync(user, cancellationToken);
        var retry = false;
        var poisoned = 0;
        string? reason = null;
        DateTimeOffset? lastNotified = null;
        while (true)
        {
            var work = await ReadWaitingAsync(client, user, handled, cancellationToken);
            for (var settle = 0; settle < MaxSettles && work.Count is > 0 and < FullRound; settle++)
            {
                // A burst arrives one notification at a time: let it gather, so one round takes it in full $batch reads.
                await Task.Delay(Settle, time, cancellationToken);
                var more = await ReadWaitingAsync(client, user, handled, cancellationToken);
                var grew = more.Count > work.Count;
                work = more;
                if (!grew)
                {
                    break;
                }
            }

            if (work.Count == 0)
            {
                break;
            }

            handled.UnionWith(work.Select(w => w.RowKey));
            var notified = work.Max(w => w.NotifiedAt);
            lastNotified = lastNotified is { } last && last > notified ? last : notified;
            if (mailbox is not { Connected: true })
            {
                await DeleteAsync(client, work, cancellationToken);
                continue;
            }

            IReadOnlyDictionary<string, MessageRead> reads;
            try
            {
                reads = await reader.ReadAsync(graph.CreateClient(user), work.Select(w => w.MessageId).ToList(), cancellationToken);
            }
            catch (GraphReconnectRequiredException ex)
            {
                await mailboxes.MergeAsync(user, new Dictionary<string, object?> { [nameof(MailboxEntity.ReconnectNeeded)] = true, [nameof(MailboxEntity.ReconnectReason)] = ex.Message }, cancellationToken);
                return;
            }

            var facts = work.Where(w => reads.GetValueOrDefault(w.MessageId)?.Message is not null)
                .Select(w => (Item: w, Message: reads[w.MessageId].Message!))
                .Select(read => GraphMessageMapper.Map(read.Message, MessageFolder.Of(read.Message, mailbox, read.Item.Folder)))
                .ToList();
            await linker.LinkAsync(user, facts, cancellationToken);

            var done = work.Where(w => reads.GetValueOrDefault(w.MessageId) is { Error: null }).ToList();
            await DeleteAsync(client, done, cancellationToken);
            foreach (var item in work.Except(done))
            {
                item.Attempts++;
                item.LastError = reads.GetValueOrDefault(item.MessageId)?.Error ?? "Not read.";
                if (item.Attempts >= options.Value.MaxAttempts)
                {
                    reason = item.LastError;
                    poisoned++;
                    logger.LogWarning("Message {MessageId} of {User} failed {Attempts} times and goes to the poison queue: {Reason}", item.MessageId, user, item.Attempts, reason);
                    await queues.PoisonAsync(new PoisonedMessage(user.PartitionKey, item.MessageId, item.Folder, reason, time.GetUtcNow()), cancellationToken);
                    await client.DeleteEntityAsync(item.PartitionKey, item.RowKey, ETag.All, cancellationToken);
                }
                else
                {
                    retry = true;
                    await client.UpsertEntityAsync(item, TableUpdateMode.Replace, cancellationToken);
                }
            }
        }

        if (mailbox is not { Connected: true } || lastNotified is null)
        {
            return;
        }

        var update = new Dictionary<string, object?> { [nameof(MailboxEntity.LastNotificationAt)] = lastNotified };
        if (poisoned > 0)
        {
            update[nameof(MailboxEntity.PoisonCount)] = mailbox.PoisonCount + poisoned;
            update[nameof(MailboxEntity.LastPoisonReason)] = reason;
        }

        await mailboxes.MergeAsync(user, update, cancellationToken);
        if (retry)
        {
            await queues.KickLinkerAsync(user, cancellationToken, TimeSpan.FromSeconds(5));
        }
    }

    /// <summary>The work waiting in the user's partition that this run has not taken yet (failed items wait for their retry).</summary>
    private static async Task<List<WorkItemEntity>> ReadWaitingAsync(TableClient client, UserId user, HashSet<string> handled, CancellationToken cancellationToken)
    {
        var work = new List<WorkItemEntity>();
        await foreach (var item in client.QueryAsync<WorkItemEntity>(RowKeys.Range(user, WorkItemEntity.Prefix), maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            if (!handled.Contains(item.RowKey))
            {
                work.Add(item);
            }
        }

        return work;
    }

    private static async Task DeleteAsync(TableClient client, IEnumerable<WorkItemEntity> items, CancellationToken cancellationToken)
    {
        foreach (var chunk in items.Chunk(100))
        {
            await client.SubmitTransactionAsync(chunk.Select(w => new TableTransactionAction(TableTransactionActionType.Delete, w, ETag.All)), cancellationToken);
        }
    }
}
