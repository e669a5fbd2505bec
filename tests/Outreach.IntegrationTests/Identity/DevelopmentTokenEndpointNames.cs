namespace Outreach.IntegrationTests.Identity;

/// <summary>Grant types as MSAL sends them.</summary>
internal static class DevelopmentTokenEndpointNames
{
    public const string JwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    public const string RefreshToken = "refresh_token";
    public const string ClientAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
}
