using Outreach.Local.Hosting;
using Outreach.Local.Tokens;

namespace Outreach.IntegrationTests.Fixtures;

/// <summary>
/// The real Function App served by the local host on a free port, against its own in-memory
/// Azurite, with an in-memory development issuer. For integration tests through HTTP.
/// </summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    private readonly AzuriteFixture _storage = new();
    private OutreachLocalHost? _host;

    public OutreachLocalHost Host => _host ?? throw new InvalidOperationException("The local host has not started.");

    public AzuriteFixture Storage => _storage;

    public DevelopmentTokenIssuer Tokens => Host.Tokens;

    /// <summary>A client of the host; with a user name it sends that user's valid bearer token.</summary>
    public HttpClient CreateClient(string? user = null) => Host.CreateClient(user);

    /// <summary>
    /// Options every test host should start from: free port, in-memory key, and storage set as an
    /// override so an AzureWebJobsStorage in the environment can never point a test elsewhere.
    /// </summary>
    public static LocalHostOptions TestOptions(string storageConnectionString) => new()
    {
        Port = 0,
        StorageConnectionString = storageConnectionString,
        DataDirectory = null,
        ConfigurationOverrides = new Dictionary<string, string?>
        {
            [LocalHostSettings.Storage] = storageConnectionString,

            // Per-invocation logs help a developer at the console, not a test run.
            ["Logging:LogLevel:Default"] = "Warning",
        },
    };

    public async Task InitializeAsync()
    {
        await _storage.InitializeAsync();
        _host = await OutreachLocalHost.StartAsync(TestOptions(_storage.ConnectionString));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }
}
