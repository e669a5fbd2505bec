using Outreach.GraphSandbox.Faults;
using Outreach.GraphSandbox.Graph;
using Outreach.GraphSandbox.Log;
using Outreach.GraphSandbox.Mail;
using Outreach.GraphSandbox.Notifications;
using Outreach.GraphSandbox.Subscriptions;

namespace Outreach.GraphSandbox.Hosting;

/// <summary>The sandbox's parts, wired together, independent of Kestrel.</summary>
internal sealed class SandboxServices : IAsyncDisposable
{
    private readonly HttpClient _webhookHttp;
    private readonly IDisposable _notificationFeed;
    private readonly List<IDisposable> _attachments = [];

    public SandboxServices(GraphSandboxOptions options)
    {
        Time = options.Time;
        var time = Time;
        Store = new MailStore();
        Log = new RequestLog(time);
        Faults = new FaultInjector(Store);
        Mail = new MailboxScript(Store, time);

        // The handshake and deliveries carry their own timeouts; the client's must not cut them first.
        _webhookHttp = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var webhooks = new WebhookClient(_webhookHttp, Log, options.ValidationTimeout, options.DeliveryTimeout);
        var registry = new SubscriptionRegistry(time);
        Subscriptions = new SandboxSubscriptions(registry, webhooks, time);
        Notifications = new NotificationDelivery(webhooks, Faults, time);
        var producer = new NotificationProducer(registry, Notifications, Faults, time);
        _notificationFeed = Store.Observe(producer.OnChange);

        var subscriptionEndpoints = new SubscriptionEndpoints(registry, webhooks, Store, time, options.TenantId);
        var deltaEndpoint = new DeltaEndpoint(Store, new DeltaTokens());
        var messageEndpoint = new MessageEndpoint(Store);
        Pipeline = new GraphPipeline(Faults, Log,
            pipeline => new GraphRouter(deltaEndpoint, messageEndpoint, subscriptionEndpoints, new BatchEndpoint(pipeline, Faults), Store));
        Notifications.Start();
    }

    public TimeProvider Time { get; }

    public MailStore Store { get; }

    public RequestLog Log { get; }

    public FaultInjector Faults { get; }

    public MailboxScript Mail { get; }

    public SandboxSubscriptions Subscriptions { get; }

    public NotificationDelivery Notifications { get; }

    public GraphPipeline Pipeline { get; }

    /// <summary>Ties something that scripts the sandbox in the background (a demo's replies) to its lifetime.</summary>
    public void Attach(IDisposable attachment)
    {
        lock (_attachments)
        {
            _attachments.Add(attachment);
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_attachments)
        {
            _attachments.ForEach(a => a.Dispose());
            _attachments.Clear();
        }

        _notificationFeed.Dispose();
        await Notifications.DisposeAsync();
        _webhookHttp.Dispose();
    }
}
