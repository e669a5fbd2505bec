namespace Outreach.Mail.Graph;

/// <summary>An encrypted token cache as stored: the key that sealed it, the nonce, ciphertext followed by the GCM tag.</summary>
public sealed record SealedTokenCache(string KeyId, byte[] Nonce, byte[] Data);
