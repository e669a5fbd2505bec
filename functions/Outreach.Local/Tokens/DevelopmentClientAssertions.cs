using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Outreach.Local.Tokens;

/// <summary>
/// Authenticates the confidential client like Entra ID does for certificate credentials
/// (<c>private_key_jwt</c>): a JWT from the client about itself (iss = sub = client id), for this token
/// endpoint, signed with the private key of the certificate registered for the app.
/// </summary>
internal sealed class DevelopmentClientAssertions(DevelopmentGraphIssuer issuer)
{
    public const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <returns>null when the client is authenticated, else the error to answer.</returns>
    public async Task<DevelopmentTokenError?> ValidateAsync(IFormCollection form, string tenant, Uri requestUrl)
    {
        if (form["client_id"].ToString() is { Length: > 0 } clientId && clientId != issuer.ClientId)
        {
            return DevelopmentTokenError.Client(700016, $"Application with identifier '{clientId}' was not found in the directory.");
        }

        if (form["client_assertion_type"] != AssertionType || form["client_assertion"].ToString() is not { Length: > 0 } assertion)
        {
            return DevelopmentTokenError.Client(7000218, "The request body must contain a client_assertion (the development app has no secret).");
        }

        // The audience is the token endpoint the client called; accept the canonical spelling too
        // (127.0.0.1 rather than localhost).
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = issuer.ClientId,
            ValidAudiences = [requestUrl.GetLeftPart(UriPartial.Path), issuer.TokenEndpointFor(tenant)],
            IssuerSigningKey = new X509SecurityKey(issuer.ClientCertificate),
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        };

        // No replay check on jti: MSAL reuses a signed assertion until shortly before it expires.
        var result = await _handler.ValidateTokenAsync(assertion, parameters);
        if (!result.IsValid)
        {
            return DevelopmentTokenError.Client(700027, "Client assertion failed validation: " + result.Exception?.GetType().Name);
        }

        return result.Claims.TryGetValue(JwtRegisteredClaimNames.Sub, out var subject) && subject as string == issuer.ClientId
            ? null
            : DevelopmentTokenError.Client(700023, "The client assertion's subject must be the client id.");
    }
}
