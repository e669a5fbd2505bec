using System.Security.Cryptography;
using System.Text;
using Outreach.Mail.Graph;

namespace Outreach.UnitTests.Identity;

public sealed class TokenCacheCipherTests
{
    private static readonly byte[] Cache = Encoding.UTF8.GetBytes("{\"AccessToken\":{}}");
    private static readonly byte[] Row = Encoding.UTF8.GetBytes("partition/graph-cache/1");

    [Fact]
    public void SealedCacheOpensWithTheSameKeyAndRow()
    {
        var cipher = new TokenCacheCipher(NewKey(), []);

        var sealedCache = cipher.Seal(Cache, Row);

        Assert.Equal(cipher.CurrentKeyId, sealedCache.KeyId);
        Assert.Equal(TokenCacheCipher.NonceSize, sealedCache.Nonce.Length);
        Assert.Equal(Cache, cipher.Open(sealedCache, Row));
        Assert.NotEqual(sealedCache.Nonce, cipher.Seal(Cache, Row).Nonce);
    }

    [Fact]
    public void AlteredDataAnotherRowOrAnUnknownKeyIsUnreadable()
    {
        var cipher = new TokenCacheCipher(NewKey(), []);
        var sealedCache = cipher.Seal(Cache, Row);
        var altered = sealedCache.Data.ToArray();
        altered[0] ^= 0x80;

        Assert.Throws<TokenCacheUnreadableException>(() => cipher.Open(sealedCache with { Data = altered }, Row));
        Assert.Throws<TokenCacheUnreadableException>(() => cipher.Open(sealedCache, Encoding.UTF8.GetBytes("other/graph-cache/1")));
        Assert.Throws<TokenCacheUnreadableException>(() => cipher.Open(sealedCache with { Nonce = [1, 2, 3] }, Row));
        Assert.Throws<TokenCacheUnreadableException>(() => new TokenCacheCipher(NewKey(), []).Open(sealedCache, Row));
    }

    [Fact]
    public void PreviousKeysOpenButNeverSeal()
    {
        var oldKey = NewKey();
        var sealedByOld = new TokenCacheCipher(oldKey, []).Seal(Cache, Row);
        var rotated = new TokenCacheCipher(NewKey(), [oldKey]);

        Assert.Equal(Cache, rotated.Open(sealedByOld, Row));
        Assert.NotEqual(sealedByOld.KeyId, rotated.Seal(Cache, Row).KeyId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAECAw==")]
    public void AKeyThatIsNot32BytesOfBase64IsAConfigurationError(string key)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new TokenCacheCipher(key, []));
        Assert.Contains("Graph:TokenCacheKey", exception.Message, StringComparison.Ordinal);
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenCacheCipher.KeySize));
}
