namespace Outreach.Local.Tokens;

/// <summary>
/// The development directory's secrets for one host: the issuer's signing key, the Graph app's
/// credentials and the refresh tokens handed out. In the data folder for a local run (so tokens,
/// sessions and certificates survive restarts), in memory for tests.
/// </summary>
internal sealed class DevelopmentIdentity : IDisposable
{
    private const string KeyFileName = "dev-issuer-key.json";
    private const string RefreshTokensFileName = "dev-issuer-refresh-tokens.json";

    private DevelopmentIdentity(DevelopmentSigningKey signingKey, DevelopmentGraphCredentials graph, DevelopmentRefreshTokens refreshTokens)
    {
        SigningKey = signingKey;
        Graph = graph;
        RefreshTokens = refreshTokens;
    }

    public DevelopmentSigningKey SigningKey { get; }

    public DevelopmentGraphCredentials Graph { get; }

    public DevelopmentRefreshTokens RefreshTokens { get; }

    public static string KeyFile(string dataDirectory) => Path.Combine(dataDirectory, KeyFileName);

    public static DevelopmentIdentity Create(string? dataDirectory)
    {
        if (dataDirectory is null)
        {
            return new(DevelopmentSigningKey.CreateInMemory(), DevelopmentGraphCredentials.CreateInMemory(), DevelopmentRefreshTokens.InMemory());
        }

        var key = DevelopmentSigningKey.LoadOrCreate(KeyFile(dataDirectory));
        try
        {
            return new(key, DevelopmentGraphCredentials.LoadOrCreate(dataDirectory), DevelopmentRefreshTokens.Load(Path.Combine(dataDirectory, RefreshTokensFileName)));
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        SigningKey.Dispose();
        Graph.Dispose();
    }
}
