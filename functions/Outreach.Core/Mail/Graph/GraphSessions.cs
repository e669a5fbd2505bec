using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Outreach.Mail.Graph;

/// <summary>
/// A delegated Graph session per user, kept without the user present: MSAL's long-running
/// on-behalf-of flow. Connecting exchanges the user's API token once; afterwards tokens come from the
/// persisted cache and its refresh token. When that no longer works the answer is
/// <see cref="GraphReconnectRequiredException"/>, which the caller records as the mailbox's state.
/// </summary>
public sealed class GraphSessions(
    GraphConfidentialClient client,
    GraphTokenCacheStore store,
    IOptions<GraphSessionOptions> options,
    ILogger<GraphSessions> logger)
{
    private readonly string[] _scopes = options.Value.ScopeList;
    private readonly bool _multiTenant = options.Value.TenantId.Trim('/') is "organizations" or "common";

    /// <summary>The long-running session key: the user's partition key, stable for the user and where their cache is stored.</summary>
    public static string SessionKeyFor(UserId user) => user.PartitionKey;

    /// <summary>Starts (or restarts) the user's session from the access token they called the API with.</summary>
    /// <param name="userAccessToken">The bearer token of the current API call, already validated for <paramref name="user"/>.</param>
    /// <exception cref="GraphReconnectRequiredException">The identity provider would not exchange the token (<see cref="GraphReconnectReason.UserTokenRejected"/>).</exception>
    public async Task ConnectAsync(UserId user, string userAccessToken, CancellationToken cancellationToken)
    {
        EnsureTokenNames(user, userAccessToken);
        var sessionKey = SessionKeyFor(user);

        // A new connection replaces the stored session, including one that can no longer be read.
        using var call = GraphTokenCacheCall.Begin(sessionKey, startEmpty: true);
        try
        {
            var request = client.LongRunning.InitiateLongRunningProcessInWebApi(_scopes, userAccessToken, ref sessionKey);
            await ForUserTenant(request, user).ExecuteAsync(cancellationToken);
            logger.LogInformation("Graph session started for {User}.", user);
        }
        catch (MsalException exception) when (IsRejection(exception))
        {
            throw Reconnect(user, GraphReconnectReason.UserTokenRejected, exception);
        }
    }

    /// <summary>An access token for Graph, from the cache or refreshed with the stored refresh token.</summary>
    /// <exception cref="GraphReconnectRequiredException">No session, a rejected refresh token, or an unreadable cache.</exception>
    /// <exception cref="MsalServiceException">The identity provider failed otherwise (unavailable, or the app's own credential was rejected).</exception>
    public async Task<string> AcquireTokenAsync(UserId user, CancellationToken cancellationToken)
        => (await AcquireAsync(user, cancellationToken)).AccessToken;

    /// <summary>Like <see cref="AcquireTokenAsync"/>, with when the token expires.</summary>
    public async Task<(string AccessToken, DateTimeOffset ExpiresOn)> AcquireAsync(UserId user, CancellationToken cancellationToken)
    {
        var sessionKey = SessionKeyFor(user);
        using var call = GraphTokenCacheCall.Begin(sessionKey, startEmpty: false);
        try
        {
            var request = client.LongRunning.AcquireTokenInLongRunningProcess(_scopes, sessionKey);
            var result = await ForUserTenant(request, user).ExecuteAsync(cancellationToken);
            return (result.AccessToken, result.ExpiresOn);
        }
        catch (MsalClientException exception) when (exception.ErrorCode == MsalError.OboCacheKeyNotInCacheError)
        {
            var reason = call.UnreadableReason is null ? GraphReconnectReason.NotConnected : GraphReconnectReason.CacheUnreadable;
            throw Reconnect(user, reason, exception, call.UnreadableReason);
        }
        catch (MsalException exception) when (IsRejection(exception))
        {
            throw Reconnect(user, GraphReconnectReason.RefreshRejected, exception);
        }
    }

    /// <summary>Ends the user's session: the stored tokens are deleted.</summary>
    public async Task DisconnectAsync(UserId user, CancellationToken cancellationToken = default)
    {
        await store.DeleteAsync(SessionKeyFor(user), cancellationToken);
        logger.LogInformation("Graph session ended for {User}.", user);
    }

    /// <summary>invalid_grant and interaction-required answers: only the user can fix these, by connecting again.</summary>
    private static bool IsRejection(MsalException exception)
        => exception is MsalUiRequiredException
            || (exception is MsalServiceException && exception.ErrorCode == MsalError.InvalidGrantError);

    private GraphReconnectRequiredException Reconnect(UserId user, GraphReconnectReason reason, MsalException exception, string? detail = null)
    {
        logger.LogInformation("The Graph session of {User} needs a reconnect: {Reason} ({ErrorCode}).", user, reason, exception.ErrorCode);
        return new GraphReconnectRequiredException(user, reason, detail ?? exception.ErrorCode, exception)
        {
            Claims = (exception as MsalServiceException)?.Claims,
        };
    }

    /// <summary>A multi-tenant app asks each user's own tenant, as Entra requires for on-behalf-of.</summary>
    private T ForUserTenant<T>(T request, UserId user)
        where T : AbstractAcquireTokenParameterBuilder<T>
        => _multiTenant ? request.WithTenantId(user.TenantId.ToString()) : request;

    /// <summary>
    /// The token must be the named user's: a mix-up here would store one user's mail access under
    /// another user's key. (The caller has validated the token; this only compares its names.)
    /// </summary>
    private static void EnsureTokenNames(UserId user, string userAccessToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAccessToken);
        var token = new JsonWebToken(userAccessToken);
        if (!token.TryGetClaim("tid", out var tid) || !Guid.TryParse(tid.Value, out var tenant) || tenant != user.TenantId
            || !token.TryGetClaim("oid", out var oid) || !Guid.TryParse(oid.Value, out var objectId) || objectId != user.ObjectId)
        {
            throw new ArgumentException("The access token does not belong to the given user.", nameof(userAccessToken));
        }
    }
}
