using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Outreach.Local.Tokens;

/// <summary>
/// The RSA key the development issuer signs with. Kept in memory for tests; for a local run stored
/// in the data folder so tokens minted before a restart still validate after it.
/// </summary>
public sealed class DevelopmentSigningKey : IDisposable
{
    private readonly RSA _rsa;

    private DevelopmentSigningKey(RSA rsa, string keyId)
    {
        _rsa = rsa;
        Key = new RsaSecurityKey(rsa) { KeyId = keyId };
    }

    /// <summary>The private key (with <c>kid</c>) tokens are signed with.</summary>
    public RsaSecurityKey Key { get; }

    public string KeyId => Key.KeyId;

    public static DevelopmentSigningKey CreateInMemory()
    {
        var rsa = RSA.Create(2048);
        return new DevelopmentSigningKey(rsa, Thumbprint(rsa));
    }

    /// <summary>Loads the key stored at <paramref name="path"/>, creating and storing one if there is none.</summary>
    public static DevelopmentSigningKey LoadOrCreate(string path)
    {
        var content = DevelopmentDataFiles.ReadOrCreate(path, () =>
        {
            using var created = CreateInMemory();
            return JsonSerializer.SerializeToUtf8Bytes(new StoredKey(created.KeyId, created._rsa.ExportRSAPrivateKeyPem()));
        });
        var stored = JsonSerializer.Deserialize<StoredKey>(content)
            ?? throw new InvalidDataException($"'{path}' is not a development signing key; delete it to get a new one.");
        var rsa = RSA.Create();
        rsa.ImportFromPem(stored.PrivateKeyPem);
        return new DevelopmentSigningKey(rsa, stored.KeyId);
    }

    public void Dispose() => _rsa.Dispose();

    private static string Thumbprint(RSA rsa)
    {
        var publicKey = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false));
        return Base64UrlEncoder.Encode(publicKey.ComputeJwkThumbprint());
    }

    private sealed record StoredKey(string KeyId, string PrivateKeyPem);
}
