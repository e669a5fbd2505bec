namespace Outreach.Mail.Graph;

/// <summary>
/// The confidential client that keeps a delegated Graph session per user: bound from the <c>Graph</c>
/// configuration section. The client proves itself with a certificate or a managed identity's federated
/// credential; there is deliberately no client secret option.
/// </summary>
public sealed class GraphSessionOptions
{
    public const string Section = "Graph";

    /// <summary>The Entra ID instance; locally the development issuer's HTTPS address.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>A tenant id, or <c>organizations</c> for a multi-tenant app (each user's own tenant is then used).</summary>
    public string TenantId { get; set; } = "organizations";

    /// <summary>The app registration's client id.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>Space-separated delegated scopes; MSAL adds <c>offline_access</c> (and openid, profile) itself.</summary>
    public string Scopes { get; set; } = "Mail.ReadBasic";

    /// <summary>Graph's base URL; locally the Graph sandbox's.</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>A PFX (no password) or PEM file (certificate and private key) holding the client certificate.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The client certificate's thumbprint in the current user's or the machine's personal store.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>
    /// A user-assigned managed identity's client id: its token for <c>api://AzureADTokenExchange</c> is the
    /// client assertion (a federated credential on the app registration trusts it).
    /// </summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Base64 of the 32-byte key that encrypts the persisted token caches (from Key Vault in Azure).</summary>
    public string TokenCacheKey { get; set; } = string.Empty;

    /// <summary>Keys used before <see cref="TokenCacheKey"/>: still read, never written, so a key rotation needs no reconnect.</summary>
    public string[] PreviousTokenCacheKeys { get; set; } = [];

    /// <summary>
    /// SHA-256 thumbprint (hex) of the development issuer's self-signed TLS certificate. Honoured only
    /// when <see cref="Instance"/> is a loopback address; set by the local host, never in Azure.
    /// </summary>
    public string? TrustedDevelopmentCertificateThumbprint { get; set; }

    internal string[] ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
