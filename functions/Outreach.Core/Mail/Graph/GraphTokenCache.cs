using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;

namespace Outreach.Mail.Graph;

/// <summary>
/// Connects MSAL's user token cache to <see cref="GraphTokenCacheStore"/>: before each access the
/// user's cache is loaded (replacing whatever the shared client held for someone else), after a change
/// it is written back. A cache that cannot be read counts as empty and is reported to the call.
/// </summary>
public sealed class GraphTokenCache(GraphTokenCacheStore store, ILogger<GraphTokenCache> logger)
{
    public void Attach(ITokenCache cache)
    {
        cache.SetBeforeAccessAsync(BeforeAccessAsync);
        cache.SetAfterAccessAsync(AfterAccessAsync);
    }

    private async Task BeforeAccessAsync(TokenCacheNotificationArgs args)
    {
        var call = CallFor(args);
        byte[]? data = null;
        if (!call.StartEmpty)
        {
            try
            {
                data = await store.ReadAsync(call.SessionKey, args.CancellationToken);
            }
            catch (TokenCacheUnreadableException exception)
            {
                Unreadable(call, exception.Reason);
            }
        }

        try
        {
            args.TokenCache.DeserializeMsalV3(data, shouldClearExistingCache: true);
        }
        catch (MsalClientException exception) when (exception.ErrorCode == MsalError.JsonParseError)
        {
            // Decrypted but not a cache MSAL understands (e.g. written by an incompatible version).
            Unreadable(call, "its content is not an MSAL cache");
            args.TokenCache.DeserializeMsalV3(null, shouldClearExistingCache: true);
        }
    }

    private async Task AfterAccessAsync(TokenCacheNotificationArgs args)
    {
        if (!args.HasStateChanged)
        {
            return;
        }

        var call = CallFor(args);
        if (args.HasTokens)
        {
            await store.WriteAsync(call.SessionKey, args.TokenCache.SerializeMsalV3(), args.CancellationToken);
        }
        else
        {
            await store.DeleteAsync(call.SessionKey, args.CancellationToken);
        }
    }

    private void Unreadable(GraphTokenCacheCall call, string reason)
    {
        call.UnreadableReason = reason;
        logger.LogWarning("The Graph token cache of session {SessionKey} cannot be read ({Reason}); treating it as empty.", call.SessionKey, reason);
    }

    private static GraphTokenCacheCall CallFor(TokenCacheNotificationArgs args)
    {
        var call = GraphTokenCacheCall.Current
            ?? throw new InvalidOperationException("MSAL used the Graph token cache outside a GraphSessions call.");

        // MSAL names the long-running session it is working on; storing it under another user's key
        // would hand one user's tokens to another.
        if (args.SuggestedCacheKey is { } key && !string.Equals(key, call.SessionKey, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("MSAL accessed a token cache of another session than the one the call is for.");
        }

        return call;
    }
}
