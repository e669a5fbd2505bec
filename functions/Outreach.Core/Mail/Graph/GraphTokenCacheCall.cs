namespace Outreach.Mail.Graph;

/// <summary>
/// What one <see cref="GraphSessions"/> call tells the token cache, and what the cache tells it back.
/// MSAL runs the cache callbacks inside the call, so the call's object is reachable from them through
/// an <see cref="AsyncLocal{T}"/> (a value set in a callback would not flow back out; a shared object does).
/// </summary>
internal sealed class GraphTokenCacheCall : IDisposable
{
    private static readonly AsyncLocal<GraphTokenCacheCall?> CurrentCall = new();

    private readonly GraphTokenCacheCall? _outer;

    private GraphTokenCacheCall(string sessionKey, bool startEmpty)
    {
        SessionKey = sessionKey;
        StartEmpty = startEmpty;
        _outer = CurrentCall.Value;
    }

    public static GraphTokenCacheCall? Current => CurrentCall.Value;

    /// <summary>The user's long-running session key, which is also where their cache is stored.</summary>
    public string SessionKey { get; }

    /// <summary>A new connection replaces whatever was stored, readable or not.</summary>
    public bool StartEmpty { get; }

    /// <summary>Set by the cache when the stored cache could not be read and was treated as empty.</summary>
    public string? UnreadableReason { get; set; }

    /// <summary>Makes this the current call until disposed. Not async, so the value is visible to the caller.</summary>
    public static GraphTokenCacheCall Begin(string sessionKey, bool startEmpty)
    {
        var call = new GraphTokenCacheCall(sessionKey, startEmpty);
        CurrentCall.Value = call;
        return call;
    }

    public void Dispose() => CurrentCall.Value = _outer;
}
