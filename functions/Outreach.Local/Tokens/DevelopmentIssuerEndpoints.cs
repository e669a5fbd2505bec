
namespace Outreach.Local.Tokens;

/// <summary>Serves the development issuer's discovery documents, outside the function routes.</summary>
internal static class DevelopmentIssuerEndpoints
{
    public static void MapDevelopmentIssuer(this IEndpointRouteBuilder endpoints, DevelopmentTokenIssuer issuer)
    {
        endpoints.MapGet(DevelopmentTokenIssuer.MetadataPath, () => Results.Json(issuer.OpenIdConfiguration()))
            .WithDisplayName("Development issuer: OpenID configuration");
        endpoints.MapGet(DevelopmentTokenIssuer.KeysPath, () => Results.Json(issuer.KeySet()))
            .WithDisplayName("Development issuer: signing keys");
    }
}
