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
    private readonly HttpMessageHandler _network;
    private readonly MailboxConcurrencyGate _gate = new();

    public UserGraphClientFactory(GraphSessions sessions, IOptions<GraphSessionOptions> options)
    {
        _sessions = sessions;
        _baseUrl = options.Value.BaseUrl.TrimEnd('/');
        if (!Uri.TryCreate(_baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && LoopbackAddress.Is(uri))))
        {
            throw new InvalidOperationException($"Graph:BaseUrl '{_baseUrl}' must be an https URL (or http on this machine).");
        }

        _host = uri.Host;

        // One network handler for every user, so connections are pooled; each client gets the SDK's
        // middleware (retry with Retry-After, redirect, ...) and, last, its user's mailbox gate.
        _network = Microsoft.Kiota.Http.HttpClientLibrary.KiotaClientFactory.GetDefaultHttpMessageHandler();
    }

    public Uri BaseUrl => new(_baseUrl);

    public GraphServiceClient CreateClient(UserId user)
    {
        // The token provider's allowed hosts decide whether a request gets the token at all; the default
        // list names only Graph's own hosts, so the sandbox would get none.
        var tokens = new GraphSessionTokenProvider(_sessions, user, new AllowedHostsValidator([_host]));
        var handlers = SdkClientFactory.CreateDefaultHandlers();
        handlers.Add(new MailboxConcurrencyHandler(_gate, GraphSessions.SessionKeyFor(user)));

        // The pipeline is not disposed with the client: that would dispose the shared network handler.
#pragma warning disable CA2000 // The handlers hold nothing but the shared network handler, disposed with this factory.
        var httpClient = new HttpClient(SdkClientFactory.CreatePipeline(handlers, _network), disposeHandler: false) { Timeout = TimeSpan.FromSeconds(100) };
#pragma warning restore CA2000
        return new GraphServiceClient(httpClient, new BaseBearerTokenAuthenticationProvider(tokens), _baseUrl);
    }

    public void Dispose() => _network.Dispose();
}
