using Outreach.GraphSandbox.Faults;
using Outreach.GraphSandbox.Mail;
using Outreach.GraphSandbox.Subscriptions;

namespace Outreach.GraphSandbox.Notifications;

/// <summary>Turns mailbox changes into queued change notifications for the subscriptions that watch them.</summary>
internal sealed class NotificationProducer(SubscriptionRegistry subscriptions, NotificationDelivery delivery, FaultInjector faults, TimeProvider time)
{
    public void OnChange(MessageChange change)
    {
        var changeType = change.Kind == MessageChangeKind.Created ? "created" : "deleted";
        var modes = faults.Notifications;
        foreach (var subscription in subscriptions.Matching(change.Message.Mailbox, change.Folder, changeType))
        {
            delivery.Enqueue(new PendingNotification(
                subscription.NotificationUrl,
                NotificationPayloads.Change(subscription, change.Message, changeType),
                subscription.Id,
                change.Message.Id,
                time.GetUtcNow() + modes.Delay,
                modes.Copies));
        }
    }
}
