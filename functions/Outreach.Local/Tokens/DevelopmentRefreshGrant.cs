namespace Outreach.Local.Tokens;

/// <summary>
/// What a development refresh token stands for. <see cref="Family"/> groups the tokens of one
/// connection: each refresh adds a token to the family.
/// </summary>
public sealed record DevelopmentRefreshGrant(
    Guid TenantId,
    Guid ObjectId,
    string ClientId,
    string Scope,
    string? Name,
    string? UserName,
    string Family,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt);
