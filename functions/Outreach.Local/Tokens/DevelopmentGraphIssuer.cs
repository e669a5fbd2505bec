using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Outreach.Local.Tokens;

/// <summary>
/// A stand-in for Entra ID's token endpoint, for the app's Graph sessions: served over HTTPS (MSAL
/// requires it) at <c>https://127.0.0.1:{port}/{tenant}/oauth2/v2.0/token</c>. It exchanges a user's API
/// token for a Graph token (on-behalf-of) and refreshes it, and it lets tests revoke a user's refresh
/// tokens or make their access tokens short-lived.
/// </summary>
public sealed class DevelopmentGraphIssuer
{
    public static readonly TimeSpan DefaultAccessTokenLifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(90);
    private static readonly TimeSpan IdTokenLifetime = TimeSpan.FromHours(1);

    private readonly DevelopmentSigningKey _key;
    private readonly ConcurrentDictionary<(Guid Tenant, Guid User), TimeSpan> _lifetimes = new();
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public DevelopmentGraphIssuer(
        Uri httpsAddress,
        DevelopmentTokenIssuer apiTokens,
        DevelopmentSigningKey key,
        X509Certificate2 clientCertificate,
        DevelopmentRefreshTokens refreshTokens,
        TimeProvider? time = null)
    {
        Instance = new Uri(httpsAddress.GetLeftPart(UriPartial.Authority) + "/");
        ApiTokens = apiTokens;
        _key = key;
        ClientCertificate = clientCertificate;
        RefreshTokens = refreshTokens;
        Time = time ?? TimeProvider.System;
    }

    /// <summary><c>https://127.0.0.1:{port}/</c>: the app's <c>Graph:Instance</c>.</summary>
    public Uri Instance { get; }

    public int Port => Instance.Port;

    public string ClientId => DevelopmentGraphApp.ClientId.ToString();

    /// <summary>Lifetime of Graph access tokens unless <see cref="SetAccessTokenLifetime"/> set one for the user.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = DefaultAccessTokenLifetime;

    public DevelopmentIssuerLog Log { get; } = new();

    internal DevelopmentTokenIssuer ApiTokens { get; }

    internal X509Certificate2 ClientCertificate { get; }

    internal DevelopmentRefreshTokens RefreshTokens { get; }

    internal TimeProvider Time { get; }

    public string IssuerFor(string tenant) => $"{Instance}{tenant}/v2.0";

    public string TokenEndpointFor(string tenant) => $"{Instance}{tenant}/oauth2/v2.0/token";

    /// <summary>Gives the user's next access tokens this lifetime (null: back to <see cref="AccessTokenLifetime"/>).</summary>
    public void SetAccessTokenLifetime(Guid tenantId, Guid objectId, TimeSpan? lifetime)
    {
        if (lifetime is { } value)
        {
            _lifetimes[(tenantId, objectId)] = value;
        }
        else
        {
            _lifetimes.TryRemove((tenantId, objectId), out _);
        }
    }

    /// <summary>Revokes all of the user's refresh tokens; their next refresh gets <c>invalid_grant</c>.</summary>
    public int RevokeRefreshTokens(Guid tenantId, Guid objectId) => RefreshTokens.Revoke(tenantId, objectId);

    /// <summary>
    /// The token response for a granted session: a Graph access token, a new refresh token (in the
    /// grant's family), an id token and client_info, which MSAL uses to name the account in its cache.
    /// </summary>
    internal Dictionary<string, object> IssueTokens(DevelopmentRefreshGrant grant)
    {
        var now = Time.GetUtcNow();
        var lifetime = _lifetimes.TryGetValue((grant.TenantId, grant.ObjectId), out var custom) ? custom : AccessTokenLifetime;
        var issuer = IssuerFor(grant.TenantId.ToString());
        var accessToken = Sign(UserClaims(grant, issuer, DevelopmentGraphApp.GraphAudience, now, now + lifetime, new()
        {
            ["scp"] = grant.Scope,
            ["azp"] = grant.ClientId,
            ["appid"] = grant.ClientId,
            ["uti"] = Guid.NewGuid().ToString("N"),
        }));
        var idToken = Sign(UserClaims(grant, issuer, grant.ClientId, now, now + IdTokenLifetime, []));
        var refreshToken = RefreshTokens.Issue(grant with { IssuedAt = now, ExpiresAt = now + RefreshTokenLifetime });
        var seconds = (long)Math.Max(1, lifetime.TotalSeconds);
        return new()
        {
            ["token_type"] = "Bearer",
            ["scope"] = grant.Scope,
            ["expires_in"] = seconds,
            ["ext_expires_in"] = seconds,
            ["access_token"] = accessToken,
            ["refresh_token"] = refreshToken,
            ["id_token"] = idToken,
            ["client_info"] = Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(new { uid = grant.ObjectId.ToString(), utid = grant.TenantId.ToString() })),
        };
    }

    internal Dictionary<string, object> OpenIdConfiguration(string tenant) => new()
    {
        ["issuer"] = IssuerFor(tenant),
        ["token_endpoint"] = TokenEndpointFor(tenant),
        ["authorization_endpoint"] = $"{Instance}{tenant}/oauth2/v2.0/authorize",
        ["jwks_uri"] = $"{Instance}{tenant}/discovery/v2.0/keys",
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        ["grant_types_supported"] = new[] { DevelopmentTokenEndpoint.JwtBearerGrant, "refresh_token" },
        ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
        ["response_types_supported"] = new[] { "token" },
        ["subject_types_supported"] = new[] { "pairwise" },
        ["scopes_supported"] = new[] { "openid", "profile", "offline_access" },
    };

    private static Dictionary<string, object> UserClaims(DevelopmentRefreshGrant grant, string issuer, string audience, DateTimeOffset now, DateTimeOffset expires, Dictionary<string, object> extra)
    {
        var claims = new Dictionary<string, object>(extra)
        {
            [JwtRegisteredClaimNames.Iss] = issuer,
            [JwtRegisteredClaimNames.Aud] = audience,
            [JwtRegisteredClaimNames.Iat] = now.ToUnixTimeSeconds(),
            [JwtRegisteredClaimNames.Nbf] = now.ToUnixTimeSeconds(),
            [JwtRegisteredClaimNames.Exp] = expires.ToUnixTimeSeconds(),
            ["tid"] = grant.TenantId.ToString(),
            ["oid"] = grant.ObjectId.ToString(),
            [JwtRegisteredClaimNames.Sub] = grant.ObjectId.ToString("N", CultureInfo.InvariantCulture),
            ["ver"] = "2.0",
        };
        if (grant.Name is not null)
        {
            claims["name"] = grant.Name;
        }

        if (grant.UserName is not null)
        {
            claims["preferred_username"] = grant.UserName;
        }

        return claims;
    }

    private string Sign(Dictionary<string, object> claims)
        => _handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key.Key, SecurityAlgorithms.RsaSha256),
        });
}
