using Outreach.Local.Catalog;

namespace Outreach.Local.Hosting;

/// <summary>What <see cref="OutreachLocalHost.StartAsync"/> starts.</summary>
public sealed record LocalHostOptions
{
    public const int DefaultPort = 7071;

    /// <summary>The development issuer's HTTPS port (MSAL only talks to an HTTPS authority).</summary>
    public const int DefaultHttpsPort = 7443;

    /// <summary>Port on 127.0.0.1; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>
    /// HTTPS port on 127.0.0.1 for the development issuer's token endpoint; 0 picks a free one. Unset, it
    /// is free when <see cref="Port"/> is (tests), else <see cref="DefaultHttpsPort"/>.
    /// </summary>
    public int? HttpsPort { get; init; }

    /// <summary>
    /// Default for <c>AzureWebJobsStorage</c> (usually Azurite's); environment variables, appsettings
    /// and <see cref="ConfigurationOverrides"/> take precedence.
    /// </summary>
    public string? StorageConnectionString { get; init; }

    /// <summary>
    /// Folder for the development issuer's signing key (<c>dev-issuer-key.json</c>), its TLS certificate,
    /// the Graph app's client certificate, the token cache key and refresh tokens, so tokens and Graph
    /// sessions survive a restart; null keeps fresh ones in memory (tests).
    /// </summary>
    public string? DataDirectory { get; init; }

    /// <summary>Highest-precedence settings (tests use them to isolate from the environment).</summary>
    public IReadOnlyDictionary<string, string?> ConfigurationOverrides { get; init; } = new Dictionary<string, string?>();

    /// <summary>The Function App to serve; null is the real one the build copied next to the host.</summary>
    public FunctionAppFiles? FunctionApp { get; init; }

    /// <summary>Runs after the app's own <c>AddOutreachServices</c>, e.g. to add fakes for test functions.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>
    /// The task pane's build (<c>addin/dist</c>) to serve under <c>/pane/</c>; null (tests) or a missing
    /// folder serves none.
    /// </summary>
    public string? PaneDirectory { get; init; }

    /// <summary>
    /// How long a queue message being processed stays invisible (renewed at half of it); null is the
    /// Functions host's 10 minutes. Tests shorten it to see a long function keep its message.
    /// </summary>
    public TimeSpan? QueueProcessingVisibility { get; init; }

    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }

    /// <summary>Command-line arguments, available to configuration as usual (<c>--Key=value</c>).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];
}
