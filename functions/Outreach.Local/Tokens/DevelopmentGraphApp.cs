namespace Outreach.Local.Tokens;

/// <summary>The made-up app registration of the API's Graph client in the development directory.</summary>
public static class DevelopmentGraphApp
{
    /// <summary>The confidential client (the API) that asks for Graph tokens on behalf of users.</summary>
    public static readonly Guid ClientId = new("0d5e0c1a-7e57-4c0a-8d00-00000000a9a1");

    /// <summary>The audience of Graph access tokens, as Entra ID issues them.</summary>
    public const string GraphAudience = "https://graph.microsoft.com";
}
