using System.Security.Cryptography;

namespace Outreach.Mail.Graph;

/// <summary>
/// AES-256-GCM for persisted token caches. Writes with the current key; reads with the current key or
/// any previous one, told apart by a key id stored beside the ciphertext, so keys can rotate without
/// forcing every user to reconnect.
/// </summary>
public sealed class TokenCacheCipher
{
    public const int KeySize = 32;
    public const int NonceSize = 12;
    public const int TagSize = 16;

    private readonly KeyValuePair<string, byte[]> _current;
    private readonly Dictionary<string, byte[]> _readable;

    public TokenCacheCipher(string currentKey, IEnumerable<string> previousKeys)
    {
        _current = Parse(currentKey, "Graph:TokenCacheKey");
        _readable = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [_current.Key] = _current.Value };
        var index = 0;
        foreach (var previous in previousKeys.Where(k => !string.IsNullOrWhiteSpace(k)))
        {
            var (id, key) = Parse(previous, $"Graph:PreviousTokenCacheKeys:{index++}");
            _readable.TryAdd(id, key);
        }
    }

    public string CurrentKeyId => _current.Key;

    /// <summary>
    /// The key id: a short hash of the key, so a row names the key that wrote it without revealing it.
    /// </summary>
    public static string KeyIdOf(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key).AsSpan(0, 8));

    public SealedTokenCache Seal(byte[] plaintext, byte[] associatedData)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var sealedData = new byte[plaintext.Length + TagSize];
        using var aes = new AesGcm(_current.Value, TagSize);
        aes.Encrypt(nonce, plaintext, sealedData.AsSpan(0, plaintext.Length), sealedData.AsSpan(plaintext.Length), associatedData);
        return new SealedTokenCache(_current.Key, nonce, sealedData);
    }

    /// <exception cref="TokenCacheUnreadableException">Unknown key id, wrong sizes, or the data was altered.</exception>
    public byte[] Open(SealedTokenCache sealedCache, byte[] associatedData)
    {
        if (!_readable.TryGetValue(sealedCache.KeyId, out var key))
        {
            throw new TokenCacheUnreadableException($"it was encrypted with key '{sealedCache.KeyId}', which is not configured");
        }

        if (sealedCache.Nonce.Length != NonceSize || sealedCache.Data.Length < TagSize)
        {
            throw new TokenCacheUnreadableException("its nonce or ciphertext has the wrong length");
        }

        var length = sealedCache.Data.Length - TagSize;
        var plaintext = new byte[length];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(sealedCache.Nonce, sealedCache.Data.AsSpan(0, length), sealedCache.Data.AsSpan(length), plaintext, associatedData);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new TokenCacheUnreadableException("it does not decrypt (damaged, or not written for this user)", exception);
        }
    }

    private static KeyValuePair<string, byte[]> Parse(string base64, string setting)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64 ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{setting} must be base64.");
        }

        return key.Length == KeySize
            ? new(KeyIdOf(key), key)
            : throw new InvalidOperationException($"{setting} must be a base64 {KeySize}-byte key (it has {key.Length} bytes).");
    }
}
