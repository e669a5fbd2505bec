using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Outreach.Local.Tokens;

/// <summary>
/// Checks the user token an on-behalf-of request brings, as Entra ID does: issued by the (development)
/// issuer, signed with its key, for the API's audience, and current.
/// </summary>
internal sealed class DevelopmentUserAssertions(DevelopmentGraphIssuer issuer)
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<(DevelopmentGraphUser? User, DevelopmentTokenError? Error)> ValidateAsync(string assertion)
    {
        var api = issuer.ApiTokens;
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = api.Issuer,
            ValidAudience = api.Audience,
            IssuerSigningKey = api.PublicKey(),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        };
        var result = await _handler.ValidateTokenAsync(assertion, parameters);
        if (!result.IsValid)
        {
            return (null, result.Exception is SecurityTokenExpiredException or SecurityTokenNotYetValidException
                ? DevelopmentTokenError.Grant(500133, "Assertion is not within its valid time range.")
                : DevelopmentTokenError.Grant(50013, "Assertion failed validation: " + result.Exception?.GetType().Name));
        }

        if (!Guid.TryParse(Claim(result, "tid"), out var tenant) || !Guid.TryParse(Claim(result, "oid"), out var user))
        {
            return (null, DevelopmentTokenError.Grant(50013, "Assertion does not name a user (tid and oid)."));
        }

        return (new DevelopmentGraphUser(tenant, user, Claim(result, "name"), Claim(result, "preferred_username")), null);
    }

    private static string? Claim(TokenValidationResult result, string name)
        => result.Claims.TryGetValue(name, out var value) ? value as string : null;
}
