using Outreach.Auth;
using Outreach.Mail;
using Outreach.Mail.Linker;
using Outreach.Mail.Subscriptions;
using Outreach.Mail.Sync;

namespace Outreach.Functions.Mail;

/// <summary>The background side of mail: the linker, the mailbox sync, and the timer that keeps both going.</summary>
public sealed class MailWorkerFunctions(LinkerWork linker, MailboxSync sync, SubscriptionIndex index)
{
    [Function("LinkMail")]
    public Task Link([QueueTrigger(MailQueues.Links)] string message, CancellationToken cancellationToken)
        => linker.RunAsync(UserId.FromPartitionKey(MailQueues.Read<LinkRequest>(message).User), cancellationToken);

    [Function("SyncMailbox")]
    public Task Sync([QueueTrigger(MailQueues.Sync)] string message, CancellationToken cancellationToken)
        => sync.RunAsync(MailQueues.Read<SyncRequest>(message), cancellationToken);

    /// <summary>Every 15 minutes: renew subscriptions well before they lapse and reconcile each mailbox by delta.</summary>
    [Function("MailMaintenance")]
    public Task Maintain([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
        => sync.ScheduleAllAsync(index, cancellationToken);
}
