namespace Outreach.Mail.Graph;

/// <summary>A stored token cache that cannot be used. Caught inside the cache layer: the cache then counts as empty.</summary>
public sealed class TokenCacheUnreadableException : Exception
{
    public TokenCacheUnreadableException(string reason, Exception? innerException = null)
        : base("The stored Graph token cache cannot be read: " + reason + ".", innerException)
    {
        Reason = reason;
    }

    public string Reason { get; }
}
