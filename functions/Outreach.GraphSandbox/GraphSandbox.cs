using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Outreach.GraphSandbox.Faults;
using Outreach.GraphSandbox.Hosting;
using Outreach.GraphSandbox.Log;
using Outreach.GraphSandbox.Mail;
using Outreach.GraphSandbox.Notifications;
using Outreach.GraphSandbox.Subscriptions;

namespace Outreach.GraphSandbox;

/// <summary>
/// A running Graph sandbox: the subset of Microsoft Graph v1.0 Outreach uses (folder delta, message
/// get, <c>$batch</c>, subscriptions) on Kestrel at 127.0.0.1, plus a control API under <c>/sandbox</c>.
/// </summary>
public sealed class GraphSandbox : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SandboxServices _services;

    private GraphSandbox(WebApplication app, SandboxServices services, GraphSandboxOptions options, int port)
    {
        _app = app;
        _services = services;
        Options = options;
        Port = port;
    }

    public GraphSandboxOptions Options { get; }

    internal SandboxServices Services => _services;

    public int Port { get; }

    /// <summary>The Graph base URL, <c>http://127.0.0.1:{port}/v1.0</c>: give it to the Graph SDK client.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}/v1.0";

    /// <summary>The control API's base, <c>http://127.0.0.1:{port}/sandbox/</c>.</summary>
    public Uri ControlUrl => new($"http://127.0.0.1:{Port}/sandbox/");

    /// <summary>Script mail: the user sends, people reply, mail moves.</summary>
    public MailboxScript Mail => _services.Mail;

    /// <summary>Throttling, expired delta tokens, misbehaving notifications.</summary>
    public FaultInjector Faults => _services.Faults;

    /// <summary>Every Graph request and webhook delivery.</summary>
    public RequestLog Log => _services.Log;

    /// <summary>The change-notification delivery loop: pause, resume, flush.</summary>
    public NotificationDelivery Notifications => _services.Notifications;

    /// <summary>Subscriptions created by clients; lifecycle events.</summary>
    public SandboxSubscriptions Subscriptions => _services.Subscriptions;

    public static async Task<GraphSandbox> StartAsync(GraphSandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new GraphSandboxOptions();
        var services = new SandboxServices(options);
        WebApplication? app = null;
        try
        {
            app = SandboxWebApplication.Build(options, services);
            await app.StartAsync(cancellationToken);
            return new GraphSandbox(app, services, options, BoundPort(app));
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            await services.DisposeAsync();
            throw;
        }
    }

    /// <summary>Refused requests whose retry came sooner than Retry-After (or, with <paramref name="requireRetry"/>, never).</summary>
    public IReadOnlyList<RetryAfterViolation> RetryAfterViolations(bool requireRetry = true) => Log.RetryAfterViolations(requireRetry);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _services.DisposeAsync();
    }

    private static int BoundPort(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address).Port;
    }
}
