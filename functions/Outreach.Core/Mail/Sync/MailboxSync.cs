using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models.ODataErrors;
using Outreach.Mail.Graph;
using Outreach.Mail.Mailbox;
using Outreach.Mail.Subscriptions;

namespace Outreach.Mail.Sync;

/// <summary>
/// Brings one mailbox up to date: handles a lifecycle event, keeps the subscriptions alive and runs
/// delta on each folder. A lost session marks the mailbox "reconnect needed" and stops there — no retry
/// loop against a session that cannot come back without the user.
/// </summary>
public sealed class MailboxSync(
    OutreachTable table,
    MailboxStore mailboxes,
    UserGraphClientFactory graph,
    SubscriptionManager subscriptions,
    DeltaSynchronizer delta,
    Linker.MailLinker linker,
    Suggestions.SuggestionService suggestions,
    MailQueues queues,
    TimeProvider time,
    ILogger<MailboxSync> logger)
{
    // Renewed every third while a backfill runs (however long it takes), so it only needs to outlast two
    // failed renewals; short, so a crashed worker's mailbox is free again within two minutes.
    private static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(2);

    public async Task RunAsync(SyncRequest request, CancellationToken cancellationToken)
    {
        var user = UserId.FromPartitionKey(request.User);
        var client = await table.GetClientAsync(cancellationToken);
        if (!await WorkLease.TryRunAsync(client, user, "sync", LeaseLength, time, held => SyncAsync(user, request, held), cancellationToken)
            && request.Reason != "timer")
        {
            // A lifecycle event or a connect must not be lost to a running reconcile.
            await queues.RequestSyncAsync(request, cancellationToken, TimeSpan.FromSeconds(30));
        }
    }

    private async Task SyncAsync(UserId user, SyncRequest request, CancellationToken cancellationToken)
    {
        var mailbox = await mailboxes.FindAsync(user, cancellationToken);
        if (mailbox is not { Connected: true } || mailbox.ReconnectNeeded)
        {
            return;
        }

        try
        {
            var graphClient = graph.CreateClient(user);
            await HandleLifecycleAsync(graphClient, mailbox, request, cancellationToken);
            mailbox.SubscriptionProblem = await subscriptions.EnsureAsync(user, graphClient, mailbox, cancellationToken);

            // Both folders are one linker run: each person is updated once, after both, before the delta links are saved.
            var run = await linker.BeginAsync(user, cancellationToken);
            foreach (var folder in MailFolder.Followed)
            {
                var state = mailbox.Folder(folder);
                mailbox.SetFolder(folder, state with { SyncState = state.DeltaLink is null ? "syncing" : state.SyncState });
                try
                {
                    mailbox.SetFolder(folder, await delta.SyncFolderAsync(run, graphClient, folder, mailbox.Folder(folder), cancellationToken));
                }
                catch (Exception ex) when (ex is ODataError or HttpRequestException)
                {
                    logger.LogWarning(ex, "Delta of {Folder} for {User} failed; the next round tries again.", folder, user);
                    mailbox.SetFolder(folder, mailbox.Folder(folder) with { SyncState = "failed", LastError = ex.Message });
                }
            }

            await linker.CompleteAsync(run, cancellationToken);

            // New correspondents may be the people who have no address yet.
            await suggestions.RefreshAsync(user, cancellationToken);
        }
        catch (GraphReconnectRequiredException ex)
        {
            mailbox.ReconnectNeeded = true;
            mailbox.ReconnectReason = ex.Message;
        }

        await mailboxes.MergeAsync(user, MailboxStore.SyncFields(mailbox), cancellationToken);
    }

    private async Task HandleLifecycleAsync(Microsoft.Graph.GraphServiceClient client, MailboxEntity mailbox, SyncRequest request, CancellationToken cancellationToken)
    {
        if (request.SubscriptionId is not { } id)
        {
            return;
        }

        switch (request.Reason)
        {
            case "reauthorizationRequired":
                try
                {
                    await SubscriptionManager.ReauthorizeAsync(client, id, cancellationToken);
                }
                catch (ODataError)
                {
                    await subscriptions.ForgetAsync(mailbox, id, cancellationToken);
                }

                break;
            case "subscriptionRemoved":
                await subscriptions.ForgetAsync(mailbox, id, cancellationToken);
                break;
        }
    }

    /// <summary>The timer's round: every connected mailbox gets a reconcile.</summary>
    public async Task<int> ScheduleAllAsync(SubscriptionIndex index, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var user in index.ConnectedMailboxesAsync(cancellationToken))
        {
            await queues.RequestSyncAsync(new SyncRequest(user.PartitionKey, "timer"), cancellationToken);
            count++;
        }

        return count;
    }
}
