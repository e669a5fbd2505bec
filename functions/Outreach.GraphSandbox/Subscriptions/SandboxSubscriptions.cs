using Outreach.GraphSandbox.Log;
using Outreach.GraphSandbox.Notifications;

namespace Outreach.GraphSandbox.Subscriptions;

/// <summary>The subscriptions clients created, and lifecycle events to send them.</summary>
public sealed class SandboxSubscriptions
{
    private readonly SubscriptionRegistry _registry;
    private readonly WebhookClient _webhooks;
    private readonly TimeProvider _time;

    internal SandboxSubscriptions(SubscriptionRegistry registry, WebhookClient webhooks, TimeProvider time)
    {
        _registry = registry;
        _webhooks = webhooks;
        _time = time;
    }

    /// <summary>Active subscriptions, of one mailbox or all.</summary>
    public IReadOnlyList<SandboxSubscription> All(string? mailbox = null)
        => [.. _registry.All().Where(s => mailbox is null || s.Mailbox == mailbox)];

    public SandboxSubscription? Find(string id) => _registry.Find(id);

    /// <summary>Lets a subscription lapse now, as if it had not been renewed in time.</summary>
    /// <exception cref="KeyNotFoundException">No such active subscription.</exception>
    public void Expire(string id)
        => _registry.Put(Get(id) with { ExpirationDateTime = _time.GetUtcNow() });

    /// <summary>
    /// Posts a lifecycle notification to the subscription's lifecycleNotificationUrl and returns the
    /// delivery. <see cref="LifecycleEvent.SubscriptionRemoved"/> also removes the subscription.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such active subscription.</exception>
    /// <exception cref="InvalidOperationException">It was created without a lifecycleNotificationUrl.</exception>
    public async Task<DeliveryRecord> SendLifecycleEventAsync(string id, LifecycleEvent lifecycleEvent, CancellationToken cancellationToken = default)
    {
        var subscription = Get(id);
        var url = subscription.LifecycleNotificationUrl
            ?? throw new InvalidOperationException($"Subscription {id} has no lifecycleNotificationUrl.");
        if (lifecycleEvent == LifecycleEvent.SubscriptionRemoved)
        {
            _registry.Remove(id);
        }

        var name = Name(lifecycleEvent);
        return await _webhooks.PostAsync(DeliveryKind.Lifecycle, url, NotificationPayloads.Lifecycle(subscription, name), id, null, name, cancellationToken);
    }

    /// <summary>The event's name on the wire, e.g. <c>reauthorizationRequired</c>.</summary>
    public static string Name(LifecycleEvent lifecycleEvent) => lifecycleEvent switch
    {
        LifecycleEvent.ReauthorizationRequired => "reauthorizationRequired",
        LifecycleEvent.SubscriptionRemoved => "subscriptionRemoved",
        LifecycleEvent.Missed => "missed",
        _ => throw new ArgumentOutOfRangeException(nameof(lifecycleEvent)),
    };

    private SandboxSubscription Get(string id) => _registry.Find(id) ?? throw new KeyNotFoundException($"No active subscription {id}.");
}
