using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Outreach.Mail.Linker;

namespace Outreach.Mail.Subscriptions;

/// <summary>
/// Keeps one <c>created</c> subscription per followed folder alive: creates missing ones, renews those
/// close to their limit, recreates removed ones, deletes them on erase.
/// </summary>
public sealed class SubscriptionManager(SubscriptionIndex index, IOptions<MailOptions> options, TimeProvider time, ILogger<SubscriptionManager> logger)
{
    private readonly MailOptions _options = options.Value;

    /// <summary>Brings the mailbox's subscriptions up to date; returns a problem to show, or null.</summary>
    public async Task<string?> EnsureAsync(UserId user, GraphServiceClient client, MailboxEntity mailbox, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(_options.NotificationUrl))
        {
            return "No notification URL is configured (Mail:NotificationUrl): mail is linked by periodic sync only.";
        }

        string? problem = null;
        foreach (var folder in MailFolder.Followed)
        {
            var state = mailbox.Folder(folder);
            try
            {
                if (state.SubscriptionId is null || state.SubscriptionExpiresAt is null)
                {
                    state = await CreateAsync(user, client, folder, state, cancellationToken);
                }
                else if (state.SubscriptionExpiresAt - time.GetUtcNow() < _options.RenewBefore)
                {
                    state = await RenewAsync(user, client, folder, state, cancellationToken);
                }
            }
            catch (ODataError ex)
            {
                logger.LogWarning(ex, "Could not keep the {Folder} subscription of {User}.", folder, user);
                problem = $"Graph did not accept the {folder} subscription: {ex.Error?.Message ?? ex.Message}";
            }
            catch (HttpRequestException ex)
            {
                problem = $"Graph could not be reached for the {folder} subscription: {ex.Message}";
            }

            mailbox.SetFolder(folder, state);
        }

        return problem;
    }

    /// <summary>Graph removed a subscription: forget it so <see cref="EnsureAsync"/> creates a new one.</summary>
    public async Task ForgetAsync(MailboxEntity mailbox, string subscriptionId, CancellationToken cancellationToken)
    {
        foreach (var folder in MailFolder.Followed)
        {
            if (mailbox.Folder(folder).SubscriptionId == subscriptionId)
            {
                mailbox.SetFolder(folder, mailbox.Folder(folder) with { SubscriptionId = null, SubscriptionExpiresAt = null });
            }
        }

        await index.DeleteAsync(subscriptionId, cancellationToken);
    }

    public static async Task ReauthorizeAsync(GraphServiceClient client, string subscriptionId, CancellationToken cancellationToken)
        => await client.Subscriptions[subscriptionId].Reauthorize.PostAsync(cancellationToken: cancellationToken);

    public async Task DeleteAllAsync(GraphServiceClient? client, MailboxEntity mailbox, CancellationToken cancellationToken)
    {
        foreach (var folder in MailFolder.Followed)
        {
            if (mailbox.Folder(folder).SubscriptionId is not { } id)
            {
                continue;
            }

            try
            {
                if (client is not null)
                {
                    await client.Subscriptions[id].DeleteAsync(cancellationToken: cancellationToken);
                }
            }
            catch (Exception ex) when (ex is ODataError or HttpRequestException)
            {
                // Already gone at Graph, or Graph unreachable: it lapses on its own within a week.
                logger.LogInformation(ex, "Subscription {SubscriptionId} could not be deleted at Graph.", id);
            }

            await index.DeleteAsync(id, cancellationToken);
        }
    }

    private async Task<FolderState> CreateAsync(UserId user, GraphServiceClient client, string folder, FolderState state, CancellationToken cancellationToken)
    {
        var clientState = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var expires = time.GetUtcNow().AddMinutes(_options.SubscriptionMinutes);
        var created = await client.Subscriptions.PostAsync(
            new Subscription
            {
                ChangeType = "created",
                NotificationUrl = _options.NotificationUrl,
                LifecycleNotificationUrl = _options.LifecycleUrl(),
                Resource = $"me/mailFolders('{folder}')/messages",
                ExpirationDateTime = expires,
                ClientState = clientState,
            },
            config => config.Headers.Add("Prefer", GraphMessageReader.PreferImmutableId),
            cancellationToken) ?? throw new InvalidOperationException("Graph returned no subscription.");
        await index.SaveAsync(user, created.Id!, folder, clientState, created.ExpirationDateTime ?? expires, cancellationToken);
        if (state.SubscriptionId is { } old && old != created.Id)
        {
            await index.DeleteAsync(old, cancellationToken);
        }

        return state with { SubscriptionId = created.Id, SubscriptionExpiresAt = created.ExpirationDateTime ?? expires };
    }

    private async Task<FolderState> RenewAsync(UserId user, GraphServiceClient client, string folder, FolderState state, CancellationToken cancellationToken)
    {
        try
        {
            var expires = time.GetUtcNow().AddMinutes(_options.SubscriptionMinutes);
            var renewed = await client.Subscriptions[state.SubscriptionId].PatchAsync(new Subscription { ExpirationDateTime = expires }, cancellationToken: cancellationToken);
            return state with { SubscriptionExpiresAt = renewed?.ExpirationDateTime ?? expires };
        }
        catch (ODataError ex) when (ex.ResponseStatusCode == 404)
        {
            // Removed at Graph's end (or lapsed): a new one replaces it.
            return await CreateAsync(user, client, folder, state with { SubscriptionId = null }, cancellationToken);
        }
    }
}
