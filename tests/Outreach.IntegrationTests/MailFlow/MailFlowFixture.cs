using Microsoft.Extensions.Logging;
using Outreach.GraphSandbox;
using Outreach.Local.Hosting;
using Outreach.Local.Storage;
using Outreach.Local.Tokens;

namespace Outreach.IntegrationTests.MailFlow;

/// <summary>
/// The whole loop on real parts: Azurite, the local host running the Function App (webhooks, queue
/// triggers, timer), and the Graph sandbox that the real Graph SDK and MSAL talk to over HTTP.
/// </summary>
public class MailFlowFixture : IAsyncLifetime
{
    private readonly AzuriteFixture storage = new();

    public Outreach.GraphSandbox.GraphSandbox Sandbox { get; private set; } = null!;

    public OutreachLocalHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await storage.InitializeAsync();
        Sandbox = await Outreach.GraphSandbox.GraphSandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var options = LocalHostFixture.TestOptions(HostStorage(storage.Azurite));
        Host = await OutreachLocalHost.StartAsync(options with
        {
            ConfigurationOverrides = new Dictionary<string, string?>(options.ConfigurationOverrides)
            {
                ["Graph:BaseUrl"] = Sandbox.BaseUrl,
                ["Mail:MaxAttempts"] = "3",

                // Longer than a subscription lives, so every sync renews: the renewal path runs in every test.
                ["Mail:RenewBefore"] = "7.00:00:00",
            },
            ConfigureLogging = logging => logging.SetMinimumLevel(LogLevel.Warning),
        });
    }

    /// <summary>The storage the host is given; a fixture may put something between the two.</summary>
    protected virtual string HostStorage(AzuriteProcess azurite) => azurite.ConnectionString;

    /// <summary>A new user: their API client and the key of their sandbox mailbox, whose mail carries headers or not.</summary>
    public MailUser NewUser(MailHeaders headers = MailHeaders.Returned)
    {
        var name = "mail-" + Guid.NewGuid().ToString("N")[..12];
        var api = new ApiClient(Host.BaseAddress, Host.Tokens.CreateToken(name));
        var mailbox = DevelopmentUsers.ObjectIdFor(name).ToString();
        Sandbox.Mail.SetOwner(mailbox, $"{name}@outreach.local", name);
        Sandbox.Mail.WithholdHeaders(mailbox, headers == MailHeaders.Withheld);
        return new MailUser(api, mailbox);
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Sandbox.DisposeAsync();
        await storage.DisposeAsync();
    }
}

public sealed record MailUser(ApiClient Api, string Mailbox) : IDisposable
{
    public void Dispose() => Api.Dispose();
}

[CollectionDefinition(Name)]
public sealed class MailFlowCollection : ICollectionFixture<MailFlowFixture>
{
    public const string Name = "MailFlow";
}
