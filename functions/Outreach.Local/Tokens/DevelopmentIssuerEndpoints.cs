namespace Outreach.Local.Tokens;

/// <summary>Serves the development issuer's discovery documents and token endpoint, outside the function routes.</summary>
internal static class DevelopmentIssuerEndpoints
{
    public static void MapDevelopmentIssuer(this IEndpointRouteBuilder endpoints, DevelopmentTokenIssuer issuer)
    {
        endpoints.MapGet(DevelopmentTokenIssuer.MetadataPath, () => Results.Json(issuer.OpenIdConfiguration()))
            .WithDisplayName("Development issuer: OpenID configuration");
        endpoints.MapGet(DevelopmentTokenIssuer.KeysPath, () => Results.Json(issuer.KeySet()))
            .WithDisplayName("Development issuer: signing keys");
    }

    /// <summary>
    /// The Entra-shaped endpoints under <c>https://127.0.0.1:{port}/{tenant}/</c>, on the HTTPS port only.
    /// MSAL with this authority (validation and instance discovery off) calls just the token endpoint; the
    /// metadata and keys are there for other clients (a Graph sandbox that checks its tokens, say).
    /// </summary>
    public static void MapDevelopmentGraphIssuer(this IEndpointRouteBuilder endpoints, DevelopmentGraphIssuer issuer)
    {
        var tokens = new DevelopmentTokenEndpoint(issuer);
        var tenant = endpoints.MapGroup("/{tenant}").RequireHost($"*:{issuer.Port}");
        tenant.MapGet("/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(issuer.OpenIdConfiguration(tenant)))
            .WithDisplayName("Development Graph issuer: OpenID configuration");
        tenant.MapGet("/discovery/v2.0/keys", () => Results.Json(issuer.ApiTokens.KeySet()))
            .WithDisplayName("Development Graph issuer: signing keys");
        tenant.MapPost("/oauth2/v2.0/token", (string tenant, HttpContext context) => tokens.HandleAsync(context, tenant))
            .WithDisplayName("Development Graph issuer: token endpoint");
    }
}
