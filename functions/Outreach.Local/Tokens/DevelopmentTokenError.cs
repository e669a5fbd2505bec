namespace Outreach.Local.Tokens;

/// <summary>
/// An OAuth error answer in Entra ID's shape (<c>error</c>, <c>error_description</c> starting with the
/// AADSTS code, <c>error_codes</c>, ids), which MSAL turns into its exceptions: <c>invalid_grant</c> into
/// <c>MsalUiRequiredException</c>, the rest into <c>MsalServiceException</c>.
/// </summary>
internal sealed record DevelopmentTokenError(string Error, int Code, string Description, int StatusCode = StatusCodes.Status400BadRequest)
{
    public const string InvalidRequest = "invalid_request";
    public const string InvalidClient = "invalid_client";
    public const string InvalidGrant = "invalid_grant";
    public const string InvalidScope = "invalid_scope";
    public const string UnsupportedGrantType = "unsupported_grant_type";

    public static DevelopmentTokenError Client(int code, string description) => new(InvalidClient, code, description, StatusCodes.Status401Unauthorized);

    public static DevelopmentTokenError Grant(int code, string description) => new(InvalidGrant, code, description);

    public IResult ToResult(DateTimeOffset now) => Results.Json(
        new Dictionary<string, object>
        {
            ["error"] = Error,
            ["error_description"] = $"AADSTS{Code}: {Description}",
            ["error_codes"] = new[] { Code },
            ["timestamp"] = now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["trace_id"] = Guid.NewGuid().ToString(),
            ["correlation_id"] = Guid.NewGuid().ToString(),
        },
        statusCode: StatusCode);
}
