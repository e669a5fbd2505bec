using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Microsoft.IdentityModel.Validators;
using Outreach.Http;

namespace Outreach.Auth;

/// <summary>
/// Validates the bearer token of every API call: signature (keys from the issuer's OpenID metadata),
/// issuer, audience, lifetime and the delegated scope. Entra ID and the local development issuer take
/// the same path; only the metadata address differs.
/// </summary>
public sealed class AccessTokenValidator
{
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly AuthOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly bool _entraMultiTenant;

    public AccessTokenValidator(IOptions<AuthOptions> options, IHttpClientFactory httpClientFactory)
    {
        _options = options.Value;
        if (string.IsNullOrWhiteSpace(_options.Authority) || string.IsNullOrWhiteSpace(_options.Audience))
        {
            throw new InvalidOperationException("Auth:Authority and Auth:Audience must be configured.");
        }

        var authority = new Uri(_options.Authority.TrimEnd('/') + "/");
        // Plain HTTP is accepted only for an issuer on this machine (the local development issuer).
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(nameof(AccessTokenValidator)))
        {
            RequireHttps = !LoopbackAddress.Is(authority),
        };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
            new Uri(authority, ".well-known/openid-configuration").ToString(),
            new OpenIdConnectConfigurationRetriever(),
            retriever);
        var tenantSegment = authority.Segments.Length > 1 ? authority.Segments[1].TrimEnd('/') : string.Empty;
        _entraMultiTenant = tenantSegment is "common" or "organizations";
    }

    public async Task<UserId> ValidateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        var token = ReadBearerToken(authorizationHeader);
        var result = await ValidateTokenAsync(token, cancellationToken);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The issuer may have rotated its keys since the metadata was cached.
            _metadata.RequestRefresh();
            result = await ValidateTokenAsync(token, cancellationToken);
        }

        if (!result.IsValid)
        {
            throw ApiProblemException.Unauthorized(Describe(result.Exception));
        }

        var scopes = (result.Claims.TryGetValue("scp", out var scp) ? scp as string : null)?.Split(' ') ?? [];
        if (!scopes.Contains(_options.Scope, StringComparer.Ordinal))
        {
            throw ApiProblemException.Forbidden($"The token does not carry the delegated scope '{_options.Scope}'.");
        }

        if (!TryGuid(result.Claims, "tid", out var tenant) || !TryGuid(result.Claims, "oid", out var objectId))
        {
            throw ApiProblemException.Unauthorized("The token does not name a user (tid and oid claims are required).");
        }

        return new UserId(tenant, objectId);
    }

    private async Task<TokenValidationResult> ValidateTokenAsync(string token, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or HttpRequestException)
        {
            throw new ApiProblemException(
                (int)HttpStatusCode.ServiceUnavailable,
                "Tokens cannot be validated right now.",
                "The token issuer's metadata could not be read; try again shortly.");
        }

        var parameters = new TokenValidationParameters
        {
            ValidAudiences = _options.ClientId is { Length: > 0 } clientId ? [_options.Audience, clientId] : [_options.Audience],
            ValidIssuer = configuration.Issuer,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        };
        if (_entraMultiTenant)
        {
            // Multi-tenant Entra metadata names the issuer with a {tenantid} placeholder.
            parameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(_options.Authority).Validate;
        }

        return await _handler.ValidateTokenAsync(token, parameters);
    }

    /// <summary>The token of an <c>Authorization: Bearer …</c> header; 401 when there is none.</summary>
    public static string ReadBearerToken(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            throw ApiProblemException.Unauthorized("An Authorization header with a bearer token is required.");
        }

        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            throw ApiProblemException.Unauthorized("The Authorization header must use the Bearer scheme.");
        }

        return header[scheme.Length..].Trim();
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenInvalidAudienceException => "The token was issued for another audience.",
        SecurityTokenInvalidIssuerException => "The token was issued by an issuer this API does not trust.",
        SecurityTokenInvalidAlgorithmException => "The token is signed with an algorithm this API does not accept.",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The token signature is not valid.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenMalformedException => "The token is not a well-formed JWT.",
        _ => "The token is not valid.",
    };

    private static bool TryGuid(IDictionary<string, object> claims, string name, out Guid value)
    {
        value = Guid.Empty;
        return claims.TryGetValue(name, out var raw) && raw is string text && Guid.TryParse(text, out value) && value != Guid.Empty;
    }
}
