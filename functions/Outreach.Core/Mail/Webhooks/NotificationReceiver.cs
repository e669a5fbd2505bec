using Microsoft.Extensions.Logging;
using Outreach.Mail.Subscriptions;

namespace Outreach.Mail.Webhooks;

/// <summary>
/// Takes Graph's change and lifecycle notifications: checks each item's subscription and clientState
/// against subscriptions held in memory, and persists what is genuine as one queue message per body at most —
/// nothing slow, so Graph gets its answer in milliseconds. Forged or unknown items are dropped, never
/// processed, and a body too big to be Graph's is refused before anything is looked up.
/// </summary>
public sealed class NotificationReceiver(SubscriptionIndex subscriptions, MailQueues queues, NotificationOutbox outbox, ILogger<NotificationReceiver> logger)
{
    /// <summary>Graph batches far fewer items per POST; more is not Graph, and is refused unread.</summary>
    public const int MaxItems = 1000;

    /// <summary>About 1,000 items of Graph's size, with room to spare.</summary>
    public const int MaxBodyBytes = 2 * 1024 * 1024;

    // Graph's message ids are about 150 characters; a far longer one is not Graph's.
    private const int MaxMessageIdLength = 1024;

    public async Task<NotificationOutcome> ReceiveChangesAsync(Stream body, CancellationToken cancellationToken)
    {
        var items = await NotificationItem.ReadAllAsync(body, MaxBodyBytes, MaxItems, cancellationToken);
        var known = await VerifyAsync(items, cancellationToken);
        var accepted = items
            .Where(i => i.ChangeType is "created" or "updated" && i.MessageId is { Length: > 0 and <= MaxMessageIdLength } && known.ContainsKey(i))
            .GroupBy(i => known[i])
            .Select(g => new NotifiedMessages(g.Key.PartitionKey, g.Key.UserPartition, g.Key.Folder, g.Select(i => i.MessageId!).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();

        // At most one write per body (bodies arriving together share one): the queue message is the
        // persisted work, and Graph's retry covers a failure.
        await outbox.StoreAsync(accepted, cancellationToken);

        var count = accepted.Sum(g => g.MessageIds.Count);
        return Report(items.Count, count);
    }

    public async Task<NotificationOutcome> ReceiveLifecycleAsync(Stream body, CancellationToken cancellationToken)
    {
        var items = await NotificationItem.ReadAllAsync(body, MaxBodyBytes, MaxItems, cancellationToken);
        var known = await VerifyAsync(items, cancellationToken);
        var requests = items
            .Where(i => i.LifecycleEvent is "reauthorizationRequired" or "subscriptionRemoved" or "missed" && known.ContainsKey(i))
            .Select(i => new SyncRequest(known[i].UserPartition, i.LifecycleEvent!, known[i].PartitionKey))
            .Distinct()
            .ToList();
        foreach (var request in requests)
        {
            await queues.RequestSyncAsync(request, cancellationToken);
        }

        return Report(items.Count, requests.Count);
    }

    /// <summary>The items whose subscription is known and whose clientState matches it.</summary>
    private async Task<Dictionary<NotificationItem, SubscriptionEntity>> VerifyAsync(IReadOnlyList<NotificationItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.SubscriptionId).Where(SubscriptionIndex.IsPossibleId).Select(id => id!);
        var found = await subscriptions.FindAllAsync(ids, cancellationToken);
        var verified = new Dictionary<NotificationItem, SubscriptionEntity>();
        foreach (var item in items)
        {
            if (item.SubscriptionId is { } id && found.TryGetValue(id, out var subscription) && subscription is not null
                && SubscriptionIndex.Matches(subscription, item.ClientState))
            {
                verified[item] = subscription;
            }
        }

        return verified;
    }

    private NotificationOutcome Report(int received, int accepted)
    {
        if (accepted < received)
        {
            // One line per body, not per item, and below warning: a flood of forgeries must not become
            // a flood of logs that costs more than the forgeries themselves.
            logger.LogInformation("Dropped {Dropped} of {Received} notification items: unknown subscription, wrong clientState or not a message change.", received - accepted, received);
        }

        return new NotificationOutcome(accepted, received - accepted);
    }
}

public sealed record NotificationOutcome(int Accepted, int Dropped);
