using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Outreach.Local.Tokens;

/// <summary>
/// The development issuer's refresh tokens: opaque random strings, kept by their SHA-256 so the stored
/// file holds nothing usable. Like Entra ID, a refresh issues a new token and the previous one stays
/// valid for a while (two instances of the app may refresh at once); older ones in the family are dropped.
/// </summary>
public sealed class DevelopmentRefreshTokens
{
    private const int KeptPerFamily = 2;

    private readonly string? _path;
    private readonly Lock _sync = new();
    private readonly Dictionary<string, DevelopmentRefreshGrant> _grants;

    private DevelopmentRefreshTokens(string? path, Dictionary<string, DevelopmentRefreshGrant> grants)
    {
        _path = path;
        _grants = grants;
    }

    public static DevelopmentRefreshTokens InMemory() => new(null, new(StringComparer.Ordinal));

    /// <summary>Tokens stored in <paramref name="file"/>, so the app's persisted sessions survive a host restart.</summary>
    public static DevelopmentRefreshTokens Load(string file)
    {
        var stored = File.Exists(file)
            ? JsonSerializer.Deserialize<Dictionary<string, DevelopmentRefreshGrant>>(File.ReadAllText(file))
            : null;
        return new(file, new(stored ?? [], StringComparer.Ordinal));
    }

    public string Issue(DevelopmentRefreshGrant grant)
    {
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        lock (_sync)
        {
            _grants[Hash(token)] = grant;
            var superseded = _grants.Where(g => g.Value.Family == grant.Family)
                .OrderByDescending(g => g.Value.IssuedAt)
                .Skip(KeptPerFamily)
                .Select(g => g.Key)
                .ToList();
            superseded.AddRange(_grants.Where(g => g.Value.ExpiresAt <= grant.IssuedAt).Select(g => g.Key));
            superseded.ForEach(key => _grants.Remove(key));
            Save();
        }

        return token;
    }

    /// <summary>The grant behind a token that is known and not expired, else null.</summary>
    public DevelopmentRefreshGrant? Find(string token, DateTimeOffset now)
    {
        lock (_sync)
        {
            return _grants.TryGetValue(Hash(token), out var grant) && grant.ExpiresAt > now ? grant : null;
        }
    }

    /// <summary>Revokes every refresh token of the user, as a password reset or an admin's revoke would.</summary>
    public int Revoke(Guid tenantId, Guid objectId)
    {
        lock (_sync)
        {
            var revoked = _grants.Where(g => g.Value.TenantId == tenantId && g.Value.ObjectId == objectId).Select(g => g.Key).ToList();
            revoked.ForEach(key => _grants.Remove(key));
            Save();
            return revoked.Count;
        }
    }

    private void Save()
    {
        if (_path is not null)
        {
            DevelopmentDataFiles.Write(_path, JsonSerializer.SerializeToUtf8Bytes(_grants), overwrite: true);
        }
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
