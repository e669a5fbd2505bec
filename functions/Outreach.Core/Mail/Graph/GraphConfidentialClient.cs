using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Outreach.Http;

namespace Outreach.Mail.Graph;

/// <summary>
/// The app's one MSAL confidential client. MSAL wants it long-lived (it caches the authority's metadata
/// and a signed client assertion); the per-user state lives in the persisted token cache.
/// </summary>
public sealed class GraphConfidentialClient : IDisposable
{
    /// <summary>The audience of a managed identity's token that an app registration's federated credential trusts.</summary>
    public const string FederatedTokenScope = "api://AzureADTokenExchange/.default";

    private readonly X509Certificate2? _certificate;
    private readonly LoopbackCertificateHttpClientFactory? _httpClientFactory;

    public GraphConfidentialClient(IOptions<GraphSessionOptions> options, GraphTokenCache cache)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.ClientId))
        {
            throw new InvalidOperationException("Graph:ClientId must be configured.");
        }

        var instance = new Uri(settings.Instance.TrimEnd('/') + "/");
        var authority = new Uri(instance, settings.TenantId.Trim('/') + "/").ToString();
        var builder = ConfidentialClientApplicationBuilder.Create(settings.ClientId);

        // Entra ID is validated and discovered as usual. A loopback instance is the development issuer:
        // MSAL cannot validate it against Entra's list, and instance discovery would ask Entra about it.
        builder = LoopbackAddress.Is(instance)
            ? builder.WithAuthority(authority, validateAuthority: false).WithInstanceDiscovery(false)
            : builder.WithAuthority(authority);

        _httpClientFactory = LoopbackCertificateHttpClientFactory.For(settings);
        if (_httpClientFactory is not null)
        {
            builder = builder.WithHttpClientFactory(_httpClientFactory);
        }

        var sources = new[] { settings.CertificatePath, settings.CertificateThumbprint, settings.ManagedIdentityClientId }.Count(s => !string.IsNullOrWhiteSpace(s));
        if (sources != 1)
        {
            throw new InvalidOperationException(
                "Configure exactly one Graph client credential: Graph:CertificatePath, Graph:CertificateThumbprint or Graph:ManagedIdentityClientId.");
        }

        if (settings.ManagedIdentityClientId is { Length: > 0 } managedIdentity)
        {
            builder = builder.WithClientAssertion(ManagedIdentityAssertion(managedIdentity));
        }
        else
        {
            _certificate = GraphClientCertificate.Load(settings);
            builder = builder.WithCertificate(_certificate);
        }

        Application = builder.Build();
        cache.Attach(Application.UserTokenCache);
        LongRunning = (ILongRunningWebApi)Application;
    }

    /// <summary>Only for <see cref="GraphSessions"/>: its token cache works inside a session call only.</summary>
    internal IConfidentialClientApplication Application { get; }

    internal ILongRunningWebApi LongRunning { get; }

    public void Dispose()
    {
        _httpClientFactory?.Dispose();
        _certificate?.Dispose();
    }

    /// <summary>
    /// The managed identity's token is the client assertion, so no secret or certificate is kept
    /// anywhere. MSAL calls this only when it goes to the identity provider.
    /// </summary>
    private static Func<AssertionRequestOptions, Task<string>> ManagedIdentityAssertion(string clientId)
    {
        var credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        var context = new TokenRequestContext([FederatedTokenScope]);
        return async request => (await credential.GetTokenAsync(context, request.CancellationToken)).Token;
    }
}
