using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Outreach.Http;
using SdkClientFactory = Microsoft.Graph.GraphClientFactory;

namespace Outreach.Mail.Graph;

/// <summary>
/// Graph SDK clients that act as one user, against the configured base URL (Graph, or the sandbox
/// locally). Named apart from the SDK's own <c>GraphClientFactory</c>, which every Graph file imports.
/// </summary>
public sealed class UserGraphClientFactory : IDisposable
{
    private readonly GraphSessions _sessions;
    private readonly string _baseUrl;
    private readonly string _host;
    private readonly HttpClient _httpClient;

    public UserGraphClientFactory(GraphSessions sessions, IOptions<GraphSessionOptions> options)
    {
        _sessions = sessions;
        _baseUrl = options.Value.BaseUrl.TrimEnd('/');
        if (!Uri.TryCreate(_baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && LoopbackAddress.Is(uri))))
        {
            throw new InvalidOperationException($"Graph:BaseUrl '{_baseUrl}' must be an https URL (or http on this machine).");
        }

        _host = uri.Host;

        // One HttpClient for every user: the SDK's middleware (retry with Retry-After, redirect, ...) is
        // stateless per request, and connections are pooled. The user is chosen by the auth provider.
        _httpClient = SdkClientFactory.Create(SdkClientFactory.CreateDefaultHandlers());
    }

    public Uri BaseUrl => new(_baseUrl);

    public GraphServiceClient CreateClient(UserId user)
    {
        // The token provider's allowed hosts decide whether a request gets the token at all; the default
        // list names only Graph's own hosts, so the sandbox would get none.
        var tokens = new GraphSessionTokenProvider(_sessions, user, new AllowedHostsValidator([_host]));
        return new GraphServiceClient(_httpClient, new BaseBearerTokenAuthenticationProvider(tokens), _baseUrl);
    }

    public void Dispose() => _httpClient.Dispose();
}
