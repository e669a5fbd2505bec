namespace Outreach.Local.Hosting;

/// <summary>Configuration keys the local host fills in for the app before <c>AddOutreachServices</c> runs.</summary>
public static class LocalHostSettings
{
    public const string Storage = "AzureWebJobsStorage";

    /// <summary>The OpenID authority; the API fetches <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public const string Authority = "Auth:Authority";

    public const string Audience = "Auth:Audience";

    /// <summary>Lowest-precedence defaults: environment, appsettings and overrides all win over these.</summary>
    public static Dictionary<string, string?> Defaults(string? storageConnectionString, string authority) => new()
    {
        [Storage] = storageConnectionString,
        [Authority] = authority,
        [Audience] = Tokens.DevelopmentTokenIssuer.DefaultAudience,
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Azure.Core"] = "Warning",
    };
}
