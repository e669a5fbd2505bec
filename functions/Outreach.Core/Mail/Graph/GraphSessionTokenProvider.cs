using Microsoft.Kiota.Abstractions.Authentication;
using Outreach.Http;

namespace Outreach.Mail.Graph;

/// <summary>
/// Gives the Graph SDK one user's bearer token, and only for the configured Graph host: a token never
/// goes to another host (e.g. a redirect target or a next link elsewhere), nor over plain HTTP unless
/// the host is this machine (the local Graph sandbox). One client serves one run (a delta sync, a
/// linker round), so the token is kept for the client's life while it has minutes left: a run of
/// hundreds of Graph requests then reads the stored session once, not once per request.
/// </summary>
internal sealed class GraphSessionTokenProvider(GraphSessions sessions, UserId user, AllowedHostsValidator allowedHosts) : IAccessTokenProvider
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    private (string AccessToken, DateTimeOffset ExpiresOn)? _token;

    public AllowedHostsValidator AllowedHostsValidator => allowedHosts;

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (!allowedHosts.IsUrlHostValid(uri) || (uri.Scheme != Uri.UriSchemeHttps && !LoopbackAddress.Is(uri)))
        {
            return string.Empty;
        }

        if (_token is not { } token || token.ExpiresOn - Margin <= DateTimeOffset.UtcNow)
        {
            _token = token = await sessions.AcquireAsync(user, cancellationToken);
        }

        return token.AccessToken;
    }
}
