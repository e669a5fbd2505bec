using Outreach.Local.Tokens;

namespace Outreach.Local.Hosting;

/// <summary>Configuration keys the local host fills in for the app before <c>AddOutreachServices</c> runs.</summary>
public static class LocalHostSettings
{
    public const string Storage = "AzureWebJobsStorage";

    /// <summary>The OpenID authority; the API fetches <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public const string Authority = "Auth:Authority";

    public const string Audience = "Auth:Audience";

    /// <summary>The development issuer's HTTPS address, where MSAL gets Graph tokens.</summary>
    public const string GraphInstance = "Graph:Instance";

    public const string GraphTenantId = "Graph:TenantId";

    public const string GraphClientId = "Graph:ClientId";

    /// <summary>The development client certificate (PEM with key) the issuer trusts for the app.</summary>
    public const string GraphCertificatePath = "Graph:CertificatePath";

    public const string GraphTokenCacheKey = "Graph:TokenCacheKey";

    /// <summary>SHA-256 of the issuer's self-signed TLS certificate, which MSAL's HTTP client then trusts on loopback.</summary>
    public const string GraphTrustedCertificate = "Graph:TrustedDevelopmentCertificateThumbprint";

    /// <summary>Where Graph requests go; by default the Graph sandbox's address.</summary>
    public const string GraphBaseUrl = "Graph:BaseUrl";

    public const string DefaultGraphBaseUrl = "http://127.0.0.1:7072/v1.0";

    /// <summary>Lifetime of the Graph access tokens the development issuer hands out (a TimeSpan, default 1 hour).</summary>
    public const string GraphTokenLifetime = "DevelopmentIssuer:GraphTokenLifetime";

    /// <summary>Where Graph posts change notifications: this host's own webhook.</summary>
    public const string NotificationUrl = "Mail:NotificationUrl";

    /// <summary>Lowest-precedence defaults: environment, appsettings and overrides all win over these.</summary>
    public static Dictionary<string, string?> Defaults(string? storageConnectionString, Uri serverAddress) => new()
    {
        [Storage] = storageConnectionString,
        [Authority] = DevelopmentTokenIssuer.IssuerFor(serverAddress),
        [NotificationUrl] = new Uri(serverAddress, "api/graph/notifications").ToString(),
        [Audience] = DevelopmentTokenIssuer.DefaultAudience,
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Azure.Core"] = "Warning",
    };

    /// <summary>The app's Graph client, pointed at the development issuer on <paramref name="httpsAddress"/>.</summary>
    public static Dictionary<string, string?> GraphDefaults(Uri httpsAddress, DevelopmentGraphCredentials credentials) => new()
    {
        [GraphInstance] = httpsAddress.GetLeftPart(UriPartial.Authority) + "/",
        [GraphTenantId] = DevelopmentUsers.TenantId.ToString(),
        [GraphClientId] = DevelopmentGraphApp.ClientId.ToString(),
        [GraphCertificatePath] = credentials.ClientCertificatePath,
        [GraphTokenCacheKey] = credentials.TokenCacheKey,
        [GraphTrustedCertificate] = credentials.TlsThumbprint,
        [GraphBaseUrl] = DefaultGraphBaseUrl,
    };
}
