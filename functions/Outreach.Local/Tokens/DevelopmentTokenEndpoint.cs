namespace Outreach.Local.Tokens;

/// <summary>
/// <c>POST /{tenant}/oauth2/v2.0/token</c> of the development issuer: the two grants MSAL's long-running
/// on-behalf-of flow uses. The client authenticates first (as at Entra ID), then the grant is checked.
/// </summary>
internal sealed class DevelopmentTokenEndpoint(DevelopmentGraphIssuer issuer)
{
    public const string JwtBearerGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    public const string RefreshTokenGrant = "refresh_token";

    // MSAL always adds these; they shape the response, they are not Graph permissions.
    private static readonly HashSet<string> OpenIdScopes = new(StringComparer.OrdinalIgnoreCase) { "openid", "profile", "email", "offline_access" };

    private readonly DevelopmentClientAssertions _clients = new(issuer);
    private readonly DevelopmentUserAssertions _users = new(issuer);

    public async Task<IResult> HandleAsync(HttpContext context, string tenant)
    {
        if (!context.Request.HasFormContentType)
        {
            return Fail(context, null, null, new(DevelopmentTokenError.InvalidRequest, 900144, "The request body must be application/x-www-form-urlencoded."));
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var grantType = form["grant_type"].ToString();
        var requestUrl = new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{context.Request.Path}");
        if (await _clients.ValidateAsync(form, tenant, requestUrl) is { } clientError)
        {
            return Fail(context, grantType, null, clientError);
        }

        return grantType switch
        {
            JwtBearerGrant when form["requested_token_use"] == "on_behalf_of" => await OnBehalfOfAsync(context, form, tenant),
            RefreshTokenGrant => Refresh(context, form, tenant),
            _ => Fail(context, grantType, null, new(DevelopmentTokenError.UnsupportedGrantType, 70003, $"The grant type '{grantType}' is not supported here.")),
        };
    }

    private async Task<IResult> OnBehalfOfAsync(HttpContext context, IFormCollection form, string tenant)
    {
        var (user, error) = await _users.ValidateAsync(form["assertion"].ToString());
        if (user is null)
        {
            return Fail(context, JwtBearerGrant, null, error!);
        }

        if (!TenantMatches(tenant, user.TenantId))
        {
            return Fail(context, JwtBearerGrant, user.ObjectId, DevelopmentTokenError.Grant(50020, "The user's tenant is not the authority's tenant."));
        }

        var scope = GrantedScope(form["scope"].ToString());
        if (scope is null)
        {
            return Fail(context, JwtBearerGrant, user.ObjectId, new(DevelopmentTokenError.InvalidScope, 70011, "Ask for at least one Graph permission (e.g. Mail.ReadBasic)."));
        }

        // A new family: the refresh tokens of this connection.
        var now = issuer.Time.GetUtcNow();
        var grant = new DevelopmentRefreshGrant(user.TenantId, user.ObjectId, issuer.ClientId, scope, user.Name, user.UserName, Guid.NewGuid().ToString("N"), now, now);
        return Succeed(context, JwtBearerGrant, grant);
    }

    private IResult Refresh(HttpContext context, IFormCollection form, string tenant)
    {
        var grant = issuer.RefreshTokens.Find(form["refresh_token"].ToString(), issuer.Time.GetUtcNow());
        if (grant is null || grant.ClientId != issuer.ClientId)
        {
            return Fail(context, RefreshTokenGrant, null, DevelopmentTokenError.Grant(70008, "The refresh token has expired, was revoked or is not known."));
        }

        if (!TenantMatches(tenant, grant.TenantId))
        {
            return Fail(context, RefreshTokenGrant, grant.ObjectId, DevelopmentTokenError.Grant(50020, "The refresh token was issued in another tenant."));
        }

        var requested = GrantedScope(form["scope"].ToString());
        var granted = grant.Scope.Split(' ');
        if (requested is not null && !requested.Split(' ').All(s => granted.Contains(s, StringComparer.OrdinalIgnoreCase)))
        {
            return Fail(context, RefreshTokenGrant, grant.ObjectId, DevelopmentTokenError.Grant(65001, "The user has not consented to the requested scopes."));
        }

        return Succeed(context, RefreshTokenGrant, grant);
    }

    private IResult Succeed(HttpContext context, string grantType, DevelopmentRefreshGrant grant)
    {
        DevelopmentIssuerLog.Annotate(context, grantType, grant.ObjectId, error: null);
        return Results.Json(issuer.IssueTokens(grant));
    }

    private IResult Fail(HttpContext context, string? grantType, Guid? objectId, DevelopmentTokenError error)
    {
        DevelopmentIssuerLog.Annotate(context, grantType, objectId, error.Error);
        return error.ToResult(issuer.Time.GetUtcNow());
    }

    /// <summary>The requested scopes without offline_access, or null when no Graph permission is among them.</summary>
    private static string? GrantedScope(string requested)
    {
        var scopes = requested.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(s => !s.Equals("offline_access", StringComparison.OrdinalIgnoreCase)).ToList();
        return scopes.Any(s => !OpenIdScopes.Contains(s)) ? string.Join(' ', scopes) : null;
    }

    /// <summary>A tenant-specific authority must be the user's tenant; organizations/common stand for any.</summary>
    private static bool TenantMatches(string tenant, Guid userTenant)
        => tenant is "organizations" or "common" || (Guid.TryParse(tenant, out var id) && id == userTenant);
}
