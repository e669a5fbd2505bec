using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Outreach.Local.Tokens;

/// <summary>
/// A stand-in for Entra ID during local runs and tests: publishes OpenID metadata and a JWKS under
/// <see cref="PathBase"/> and mints v2.0-style access tokens for made-up users (see <see cref="DevelopmentUsers"/>).
/// </summary>
public sealed class DevelopmentTokenIssuer
{
    public const string PathBase = "/dev-issuer/v2.0";
    public const string MetadataPath = PathBase + "/.well-known/openid-configuration";
    public const string KeysPath = PathBase + "/discovery/keys";
    public const string DefaultAudience = "api://outreach-local";
    public const string DefaultScope = "access_as_user";
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    private readonly DevelopmentSigningKey _key;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public DevelopmentTokenIssuer(Uri serverAddress, string audience, DevelopmentSigningKey key, TimeProvider? time = null)
    {
        Issuer = IssuerFor(serverAddress);
        Audience = audience;
        _key = key;
        _time = time ?? TimeProvider.System;
    }

    /// <summary><c>http://127.0.0.1:{port}/dev-issuer/v2.0</c>: the <c>iss</c> of its tokens and the API's authority.</summary>
    public string Issuer { get; }

    public string Audience { get; }

    public string MetadataAddress => Issuer + "/.well-known/openid-configuration";

    public string KeysAddress => Issuer + "/discovery/keys";

    public string KeyId => _key.KeyId;

    public static string IssuerFor(Uri serverAddress) => serverAddress.GetLeftPart(UriPartial.Authority) + PathBase;

    /// <summary>A key nobody trusts, for tokens "signed by someone else".</summary>
    public static SecurityKey CreateUntrustedKey()
    {
#pragma warning disable CA2000 // The key object owns the RSA instance for the rest of the test.
        return new RsaSecurityKey(RSA.Create(2048)) { KeyId = "untrusted-" + Guid.NewGuid().ToString("N") };
#pragma warning restore CA2000
    }

    /// <summary>A signed (RS256, with <c>kid</c>) access token for <paramref name="userName"/>.</summary>
    public string CreateToken(string userName, DevelopmentTokenOptions? options = null)
    {
        options ??= new DevelopmentTokenOptions();
        var credentials = new SigningCredentials(options.SigningKey ?? _key.Key, SecurityAlgorithms.RsaSha256);
        return Write(userName, options, credentials);
    }

    /// <summary>The same token but unsigned (<c>alg: none</c>), which a validator must reject.</summary>
    public string CreateUnsignedToken(string userName, DevelopmentTokenOptions? options = null)
        => Write(userName, options ?? new DevelopmentTokenOptions(), credentials: null);

    /// <summary>The public signing key as the JWKS publishes it.</summary>
    public JsonWebKey PublicKey()
    {
        var publicKey = new RsaSecurityKey(_key.Key.Rsa.ExportParameters(includePrivateParameters: false)) { KeyId = _key.KeyId };
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(publicKey);
        jwk.Use = JsonWebKeyUseNames.Sig;
        jwk.Alg = SecurityAlgorithms.RsaSha256;
        return jwk;
    }

    internal object OpenIdConfiguration() => new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["jwks_uri"] = KeysAddress,
        ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
        ["token_endpoint_auth_methods_supported"] = Array.Empty<string>(),
        ["response_types_supported"] = new[] { "token" },
        ["subject_types_supported"] = new[] { "pairwise" },
        ["scopes_supported"] = new[] { DefaultScope },
        ["claims_supported"] = new[] { "iss", "aud", "tid", "oid", "sub", "name", "preferred_username", "azp", "scp", "ver", "iat", "nbf", "exp" },
    };

    internal object KeySet()
    {
        var key = PublicKey();
        return new { keys = new[] { new { kty = key.Kty, use = key.Use, kid = key.Kid, alg = key.Alg, n = key.N, e = key.E } } };
    }

    private string Write(string userName, DevelopmentTokenOptions options, SigningCredentials? credentials)
    {
        var notBefore = options.NotBefore ?? _time.GetUtcNow();
        var expires = options.Expires ?? notBefore + (options.Lifetime ?? DefaultLifetime);
        var objectId = options.ObjectId ?? DevelopmentUsers.ObjectIdFor(userName);

        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Iss] = options.Issuer ?? Issuer,
            [JwtRegisteredClaimNames.Aud] = options.Audience ?? Audience,
            [JwtRegisteredClaimNames.Iat] = (options.IssuedAt ?? notBefore).ToUnixTimeSeconds(),
            [JwtRegisteredClaimNames.Nbf] = notBefore.ToUnixTimeSeconds(),
            [JwtRegisteredClaimNames.Exp] = expires.ToUnixTimeSeconds(),
            ["tid"] = (options.TenantId ?? DevelopmentUsers.TenantId).ToString(),
            ["oid"] = objectId.ToString(),
            [JwtRegisteredClaimNames.Sub] = objectId.ToString("N"),
            ["name"] = DevelopmentUsers.DisplayNameFor(userName),
            ["preferred_username"] = DevelopmentUsers.UserPrincipalNameFor(userName),
            ["azp"] = DevelopmentUsers.ClientAppId.ToString(),
            ["ver"] = "2.0",
        };
        if (options.Scope is not null)
        {
            claims["scp"] = options.Scope;
        }

        foreach (var (name, value) in options.Claims)
        {
            if (value is null)
            {
                claims.Remove(name);
            }
            else
            {
                claims[name] = value;
            }
        }

        return _handler.CreateToken(new SecurityTokenDescriptor { Claims = claims, SigningCredentials = credentials });
    }
}
