using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Outreach.IntegrationTests.MailFlow;

namespace Outreach.IntegrationTests.GraphSandbox;

/// <summary>
/// A tiny webhook on 127.0.0.1: answers the validation handshake (correctly, or with a wrong token
/// when asked), records every notification body and answers 202.
/// </summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _notifications = new();
    private readonly ConcurrentQueue<JsonObject> _lifecycle = new();
    private readonly ConcurrentQueue<JsonNode> _bodies = new();
    private int _handshakesStarted;
    private TaskCompletionSource _handshakeGate = Released();

    private WebhookListener(WebApplication app) => _app = app;

    public string NotificationUrl => $"{BaseAddress}notifications";

    public string LifecycleUrl => $"{BaseAddress}lifecycle";

    /// <summary>Notification items (the entries of each POST's <c>value</c>) in arrival order.</summary>
    public IReadOnlyList<JsonObject> Notifications => [.. _notifications];

    public IReadOnlyList<JsonObject> LifecycleNotifications => [.. _lifecycle];

    /// <summary>Every notification and lifecycle POST body as it came.</summary>
    public IReadOnlyList<JsonNode> Bodies => [.. _bodies];

    private int _failNextNotifications;

    /// <summary>How many of the next notification POSTs are answered 503 (after being recorded).</summary>
    public int FailNextNotifications
    {
        get => Volatile.Read(ref _failNextNotifications);
        set => Volatile.Write(ref _failNextNotifications, value);
    }

    /// <summary>When set, the handshake is answered with a token that is not the one sent.</summary>
    public bool AnswerWrongToken { get; set; }

    /// <summary>Validation requests received so far (counted as they arrive, before any delay).</summary>
    public int HandshakesStarted => _handshakesStarted;

    /// <summary>How long the handshake answer takes.</summary>
    public TimeSpan HandshakeDelay { get; set; }

    /// <summary>
    /// Holds every handshake from now on until <see cref="ReleaseHandshakes"/>: a subscription whose
    /// creation must stay in flight for as long as a test needs it, however busy the machine.
    /// </summary>
    public void HoldHandshakes() => _handshakeGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseHandshakes() => _handshakeGate.TrySetResult();

    /// <summary>Waits until at least <paramref name="count"/> handshakes arrived.</summary>
    public Task WaitForHandshakesAsync(int count)
        => Eventually.ThatAsync(() => Task.FromResult(_handshakesStarted), n => n >= count, $"{count} handshakes");

    private string BaseAddress { get; set; } = string.Empty;

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource();
        released.SetResult();
        return released;
    }

    public static async Task<WebhookListener> StartAsync()
    {
        WebhookListener? listener = null;
        var (_, address) = await LoopbackServer.StartAsync(app =>
        {
            listener = new WebhookListener(app);
            app.Run(listener.HandleAsync);
        });
        listener!.BaseAddress = address.ToString();
        return listener;
    }

    /// <summary>Waits until at least <paramref name="count"/> notification items arrived.</summary>
    public async Task<IReadOnlyList<JsonObject>> WaitForNotificationsAsync(int count, TimeSpan? timeout = null)
    {
        await Eventually.ThatAsync(() => Task.FromResult(_notifications.Count), n => n >= count, $"{count} notifications", timeout);
        return Notifications;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Query.TryGetValue("validationToken", out var token))
        {
            var gate = _handshakeGate.Task;
            Interlocked.Increment(ref _handshakesStarted);
            await Task.Delay(HandshakeDelay);
            await gate;
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync(AnswerWrongToken ? "not-the-token" : token.ToString());
            return;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body);
        if (body is not null)
        {
            _bodies.Enqueue(body.DeepClone());
        }

        var target = context.Request.Path.StartsWithSegments("/lifecycle") ? _lifecycle : _notifications;
        foreach (var item in body?["value"]?.AsArray() ?? [])
        {
            target.Enqueue(item!.AsObject());
        }

        context.Response.StatusCode = target == _notifications && Interlocked.Decrement(ref _failNextNotifications) >= 0
            ? StatusCodes.Status503ServiceUnavailable
            : StatusCodes.Status202Accepted;
    }
}
