using Microsoft.IdentityModel.Tokens;

namespace Outreach.Local.Tokens;

/// <summary>
/// Deviations from a good token, so tests can mint every kind of bad one. Unset members keep the
/// issuer's defaults; <see cref="Claims"/> is applied last and a null value removes a claim.
/// </summary>
public sealed record DevelopmentTokenOptions
{
    /// <summary>Default 8 hours from <see cref="NotBefore"/>; ignored when <see cref="Expires"/> is set.</summary>
    public TimeSpan? Lifetime { get; init; }

    /// <summary>Default now. In the future gives a token that is not valid yet.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>In the past gives an expired token.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>Default <see cref="NotBefore"/>.</summary>
    public DateTimeOffset? IssuedAt { get; init; }

    public string? Audience { get; init; }

    public string? Issuer { get; init; }

    /// <summary>The <c>scp</c> claim; null leaves it out (a token without delegated scope).</summary>
    public string? Scope { get; init; } = DevelopmentTokenIssuer.DefaultScope;

    public Guid? TenantId { get; init; }

    public Guid? ObjectId { get; init; }

    /// <summary>Signs with this key instead of the issuer's (a token from someone else).</summary>
    public SecurityKey? SigningKey { get; init; }

    /// <summary>Added or replaced last; a null value removes the claim (also iss, aud, exp, ...).</summary>
    public IReadOnlyDictionary<string, object?> Claims { get; init; } = new Dictionary<string, object?>();
}
