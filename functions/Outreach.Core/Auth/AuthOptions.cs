namespace Outreach.Auth;

/// <summary>Who may call the API: bound from the <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// The token issuer's authority, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>, or
    /// <c>https://login.microsoftonline.com/organizations/v2.0</c> for any work account. OpenID metadata is
    /// read from <c>{Authority}/.well-known/openid-configuration</c>.
    /// </summary>
    public string Authority { get; set; } = string.Empty;

    /// <summary>The API's audience (application id URI), e.g. <c>api://outreach-local</c>.</summary>
    public string Audience { get; set; } = string.Empty;

    /// <summary>The app registration's client id; v2.0 Entra tokens carry it as the audience.</summary>
    public string? ClientId { get; set; }

    /// <summary>The delegated scope every call must carry.</summary>
    public string Scope { get; set; } = "access_as_user";
}
