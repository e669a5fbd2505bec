namespace Outreach.Local.Tokens;

/// <summary>
/// One request to the HTTPS issuer: which URL a client (MSAL) called and, for the token endpoint, the
/// grant, the user and the OAuth error if any.
/// </summary>
public sealed record DevelopmentIssuerRequest(
    DateTimeOffset At,
    string Method,
    string Path,
    int StatusCode,
    string? GrantType,
    Guid? ObjectId,
    string? Error);
