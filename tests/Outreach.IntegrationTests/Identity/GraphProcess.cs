using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Outreach.Mail.Graph;

namespace Outreach.IntegrationTests.Identity;

/// <summary>
/// The app's Graph services as a new process would have them: a fresh service provider (new MSAL
/// client, empty memory) on the local host's configuration, with optional overrides.
/// </summary>
internal sealed class GraphProcess : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private GraphProcess(ServiceProvider services) => _services = services;

    public GraphSessions Sessions => _services.GetRequiredService<GraphSessions>();

    public UserGraphClientFactory Clients => _services.GetRequiredService<UserGraphClientFactory>();

    public TokenCacheCipher Cipher => _services.GetRequiredService<TokenCacheCipher>();

    public static GraphProcess Start(LocalHostFixture fixture, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(fixture.Host.Configuration)
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection().AddLogging().AddOutreachServices(configuration);
        return new GraphProcess(services.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
