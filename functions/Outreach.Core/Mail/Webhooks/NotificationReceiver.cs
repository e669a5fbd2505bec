using System.Text.Json;
using Microsoft.Extensions.Logging;
using Outreach.Mail.Linker;
using Outreach.Mail.Subscriptions;

namespace Outreach.Mail.Webhooks;

/// <summary>
/// Takes Graph's change and lifecycle notifications: checks each item's subscription and clientState,
/// persists the valid ones and queues the work — nothing slow, so Graph gets its answer in milliseconds.
/// Forged or unknown items are logged and dropped, never processed.
/// </summary>
public sealed class NotificationReceiver(OutreachTable table, SubscriptionIndex subscriptions, MailQueues queues, TimeProvider time, ILogger<NotificationReceiver> logger)
{
    public async Task<NotificationOutcome> ReceiveChangesAsync(Stream body, CancellationToken cancellationToken)
    {
        var items = await ReadItemsAsync(body, cancellationToken);
        var accepted = new Dictionary<string, List<WorkItemEntity>>(StringComparer.Ordinal);
        var dropped = 0;
        var cache = new Dictionary<string, SubscriptionEntity?>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var subscription = await VerifyAsync(item, cache, cancellationToken);
            var messageId = ReadString(ReadObject(item, "resourceData"), "id");
            if (subscription is null || messageId is null || ReadString(item, "changeType") is not ("created" or "updated"))
            {
                dropped++;
                continue;
            }

            if (!accepted.TryGetValue(subscription.UserPartition, out var work))
            {
                accepted[subscription.UserPartition] = work = [];
            }

            work.Add(new WorkItemEntity
            {
                PartitionKey = subscription.UserPartition,
                RowKey = WorkItemEntity.KeyFor(messageId),
                MessageId = messageId,
                Folder = subscription.Folder,
                NotifiedAt = time.GetUtcNow(),
            });
        }

        var client = await table.GetClientAsync(cancellationToken);
        foreach (var (partition, work) in accepted)
        {
            foreach (var chunk in work.DistinctBy(w => w.RowKey).Chunk(100))
            {
                await client.SubmitTransactionAsync(chunk.Select(w => new TableTransactionAction(TableTransactionActionType.UpsertReplace, w)), cancellationToken);
            }

            await queues.KickLinkerAsync(UserId.FromPartitionKey(partition), cancellationToken);
        }

        return new NotificationOutcome(accepted.Values.Sum(w => w.Count), dropped);
    }

    public async Task<NotificationOutcome> ReceiveLifecycleAsync(Stream body, CancellationToken cancellationToken)
    {
        var items = await ReadItemsAsync(body, cancellationToken);
        var cache = new Dictionary<string, SubscriptionEntity?>(StringComparer.Ordinal);
        var accepted = 0;
        foreach (var item in items)
        {
            var subscription = await VerifyAsync(item, cache, cancellationToken);
            var lifecycleEvent = ReadString(item, "lifecycleEvent");
            if (subscription is null || lifecycleEvent is not ("reauthorizationRequired" or "subscriptionRemoved" or "missed"))
            {
                continue;
            }

            await queues.RequestSyncAsync(new SyncRequest(subscription.UserPartition, lifecycleEvent, subscription.PartitionKey), cancellationToken);
            accepted++;
        }

        return new NotificationOutcome(accepted, items.Count - accepted);
    }

    private async Task<SubscriptionEntity?> VerifyAsync(JsonElement item, Dictionary<string, SubscriptionEntity?> cache, CancellationToken cancellationToken)
    {
        var subscriptionId = ReadString(item, "subscriptionId");
        if (subscriptionId is null)
        {
            logger.LogWarning("Dropped a notification without a subscription id.");
            return null;
        }

        if (!cache.TryGetValue(subscriptionId, out var subscription))
        {
            cache[subscriptionId] = subscription = await subscriptions.FindAsync(subscriptionId, cancellationToken);
        }

        if (subscription is null)
        {
            logger.LogWarning("Dropped a notification for unknown subscription {SubscriptionId}.", subscriptionId);
            return null;
        }

        if (!SubscriptionIndex.Matches(subscription, ReadString(item, "clientState")))
        {
            logger.LogWarning("Dropped a notification for subscription {SubscriptionId}: its clientState does not match.", subscriptionId);
            return null;
        }

        return subscription;
    }

    private static async Task<List<JsonElement>> ReadItemsAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            throw ApiProblemException.BadRequest("The notification is not valid JSON.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("value", out var value)
                || value.ValueKind != JsonValueKind.Array)
            {
                throw ApiProblemException.BadRequest("A notification must be an object with a 'value' array.");
            }

            return value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => e.Clone()).ToList();
        }
    }

    private static JsonElement ReadObject(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : default;

    private static string? ReadString(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

public sealed record NotificationOutcome(int Accepted, int Dropped);
