namespace Outreach.Mail.Graph;

/// <summary>Why the user has to connect their mailbox again before Outreach can read it.</summary>
public enum GraphReconnectReason
{
    /// <summary>There is no session for the user (never connected, or disconnected).</summary>
    NotConnected,

    /// <summary>The identity provider rejected the refresh token (revoked, expired, password reset, consent withdrawn).</summary>
    RefreshRejected,

    /// <summary>The stored token cache cannot be read (key rotated away, data damaged); it is treated as empty.</summary>
    CacheUnreadable,

    /// <summary>On connect, the identity provider would not exchange the user's token (consent or conditional access needed).</summary>
    UserTokenRejected,
}
