using Microsoft.Kiota.Abstractions.Authentication;
using Outreach.Http;

namespace Outreach.Mail.Graph;

/// <summary>
/// Gives the Graph SDK one user's bearer token, and only for the configured Graph host: a token never
/// goes to another host (e.g. a redirect target or a next link elsewhere), nor over plain HTTP unless
/// the host is this machine (the local Graph sandbox).
/// </summary>
internal sealed class GraphSessionTokenProvider(GraphSessions sessions, UserId user, AllowedHostsValidator allowedHosts) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator => allowedHosts;

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (!allowedHosts.IsUrlHostValid(uri) || (uri.Scheme != Uri.UriSchemeHttps && !LoopbackAddress.Is(uri)))
        {
            return string.Empty;
        }

        return await sessions.AcquireTokenAsync(user, cancellationToken);
    }
}
