using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Outreach.Mail.Graph;
using Outreach.Mail.Mailbox;

namespace Outreach.Mail.Linker;

/// <summary>
/// One round of the linker for one user: takes every message waiting in the user's partition, reads
/// them from Graph in batches of 20, links them, and clears the work. A message that keeps failing
/// goes to the poison queue with its reason and is counted on the mailbox.
/// </summary>
public sealed class LinkerWork(
    OutreachTable table,
    MailboxStore mailboxes,
    UserGraphClientFactory graph,
    GraphMessageReader reader,
    MailLinker linker,
    MailQueues queues,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<LinkerWork> logger)
{
    private static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(2);

    public async Task RunAsync(UserId user, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        if (!await WorkLease.TryRunAsync(client, user, "linker", LeaseLength, time, () => LinkWaitingAsync(client, user, cancellationToken), cancellationToken))
        {
            // Another worker is linking this user's mail; come back when it is likely done.
            await queues.KickLinkerAsync(user, cancellationToken, TimeSpan.FromSeconds(2));
        }
    }

    private async Task LinkWaitingAsync(TableClient client, UserId user, CancellationToken cancellationToken)
    {
        var filter = RowKeys.Range(user, WorkItemEntity.Prefix);
        var work = new List<WorkItemEntity>();
        await foreach (var item in client.QueryAsync<WorkItemEntity>(filter, cancellationToken: cancellationToken))
        {
            work.Add(item);
        }

        if (work.Count == 0)
        {
            return;
        }

        var mailbox = await mailboxes.FindAsync(user, cancellationToken);
        if (mailbox is not { Connected: true })
        {
            await DeleteAsync(client, work, cancellationToken);
            return;
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
            .Select(w => GraphMessageMapper.Map(reads[w.MessageId].Message!, w.Folder))
            .ToList();
        await linker.LinkAsync(user, facts, cancellationToken);

        var done = work.Where(w => reads.GetValueOrDefault(w.MessageId) is { Error: null }).ToList();
        await DeleteAsync(client, done, cancellationToken);
        var failed = work.Except(done).ToList();
        var poisoned = 0;
        string? reason = null;
        foreach (var item in failed)
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
                await client.UpsertEntityAsync(item, TableUpdateMode.Replace, cancellationToken);
            }
        }

        var update = new Dictionary<string, object?> { [nameof(MailboxEntity.LastNotificationAt)] = work.Max(w => w.NotifiedAt) };
        if (poisoned > 0)
        {
            update[nameof(MailboxEntity.PoisonCount)] = mailbox.PoisonCount + poisoned;
            update[nameof(MailboxEntity.LastPoisonReason)] = reason;
        }

        await mailboxes.MergeAsync(user, update, cancellationToken);
        if (failed.Count > poisoned)
        {
            await queues.KickLinkerAsync(user, cancellationToken, TimeSpan.FromSeconds(5));
        }
    }

    private static async Task DeleteAsync(TableClient client, IEnumerable<WorkItemEntity> items, CancellationToken cancellationToken)
    {
        foreach (var chunk in items.Chunk(100))
        {
            await client.SubmitTransactionAsync(chunk.Select(w => new TableTransactionAction(TableTransactionActionType.Delete, w, ETag.All)), cancellationToken);
        }
    }
}
