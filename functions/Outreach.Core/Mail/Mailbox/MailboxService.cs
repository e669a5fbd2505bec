using Outreach.Mail.Graph;
using Outreach.Mail.Subscriptions;

namespace Outreach.Mail.Mailbox;

/// <summary>Connecting a mailbox, showing its state, and letting it go when the user erases their data.</summary>
public sealed class MailboxService(
    MailboxStore mailboxes,
    GraphSessions sessions,
    UserGraphClientFactory graph,
    SubscriptionManager subscriptions,
    SubscriptionIndex index,
    MailQueues queues,
    TimeProvider time)
{
    /// <summary>
    /// Starts the delegated session from the caller's API token, subscribes to Inbox and Sent Items and
    /// queues the backfill. Subscribing needs Graph to reach the webhook; where it cannot (a laptop), the
    /// periodic reconcile links the mail instead and the state says so.
    /// </summary>
    public async Task<MailboxView> ConnectAsync(UserId user, string userAccessToken, CancellationToken cancellationToken)
    {
        await sessions.ConnectAsync(user, userAccessToken, cancellationToken);
        var mailbox = await mailboxes.FindAsync(user, cancellationToken) ?? new MailboxEntity { PartitionKey = user.PartitionKey };
        mailbox.Connected = true;
        mailbox.ConnectedAt ??= time.GetUtcNow();
        mailbox.ReconnectNeeded = false;
        mailbox.ReconnectReason = null;
        mailbox.SubscriptionProblem = await subscriptions.EnsureAsync(user, graph.CreateClient(user), mailbox, cancellationToken);
        await mailboxes.SaveAsync(mailbox, cancellationToken);
        await index.RegisterMailboxAsync(user, connected: true, cancellationToken);
        await queues.RequestSyncAsync(new SyncRequest(user.PartitionKey, "connect"), cancellationToken);
        return MailboxView.From(mailbox);
    }

    public async Task<MailboxView> GetAsync(UserId user, CancellationToken cancellationToken)
        => MailboxView.From(await mailboxes.FindAsync(user, cancellationToken));

    /// <summary>Deletes the subscriptions at Graph, the index rows and the token cache; the rows go with the partition.</summary>
    public async Task DisconnectAsync(UserId user, CancellationToken cancellationToken)
    {
        var mailbox = await mailboxes.FindAsync(user, cancellationToken);
        if (mailbox is not null)
        {
            Microsoft.Graph.GraphServiceClient? client = null;
            try
            {
                client = mailbox.Connected && !mailbox.ReconnectNeeded ? graph.CreateClient(user) : null;
                await subscriptions.DeleteAllAsync(client, mailbox, cancellationToken);
            }
            catch (GraphReconnectRequiredException)
            {
                await subscriptions.DeleteAllAsync(null, mailbox, cancellationToken);
            }
        }

        await index.RegisterMailboxAsync(user, connected: false, cancellationToken);
        await sessions.DisconnectAsync(user, cancellationToken);
    }
}
