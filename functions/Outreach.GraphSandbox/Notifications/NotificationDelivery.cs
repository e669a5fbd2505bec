using Outreach.GraphSandbox.Faults;
using Outreach.GraphSandbox.Log;

namespace Outreach.GraphSandbox.Notifications;

/// <summary>
/// Posts change notifications in the background, one at a time, in the order the changes happened
/// unless <see cref="NotificationFaults"/> say otherwise. Delivery can be paused, and flushed. Like Graph, a
/// notification the webhook answered with an error (any non-2xx status) is sent again with exponential backoff
/// for up to 4 hours; one that got no answer at all is not.
/// </summary>
public sealed class NotificationDelivery : IAsyncDisposable
{
    private readonly WebhookClient _client;
    private readonly FaultInjector _faults;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly List<PendingNotification> _queue = [];
    private readonly SemaphoreSlim _signal = new(0);

    // One burst at a time: the loop and FlushAsync never post concurrently, so order holds.
    private readonly SemaphoreSlim _delivering = new(1, 1);
    private readonly CancellationTokenSource _stop = new();

    // Graph keeps retrying an answered-but-failed notification for up to 4 hours; the sandbox backs off faster.
    private static readonly TimeSpan RetryWindow = TimeSpan.FromHours(4);
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(5);
    private Task _loop = Task.CompletedTask;

    // Cancelled by FlushAsync so that a burst waiting out a delay posts at once.
    private CancellationTokenSource _cutDelays = new();
    private bool _paused;

    internal NotificationDelivery(WebhookClient client, FaultInjector faults, TimeProvider time)
    {
        _client = client;
        _faults = faults;
        _time = time;
    }

    public bool IsPaused
    {
        get
        {
            lock (_gate)
            {
                return _paused;
            }
        }
    }

    /// <summary>Notifications queued and not yet taken for delivery.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Holds notifications back; what queues meanwhile goes out as one burst on resume or flush.</summary>
    public void Pause()
    {
        lock (_gate)
        {
            _paused = true;
        }
    }

    public void Resume()
    {
        lock (_gate)
        {
            _paused = false;
        }

        _signal.Release();
    }

    /// <summary>Delivers everything queued now — even while paused, without waiting out a delay — and completes when done.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _cutDelays.Cancel();
        }

        await _delivering.WaitAsync(cancellationToken);
        try
        {
            lock (_gate)
            {
                _cutDelays.Dispose();
                _cutDelays = new CancellationTokenSource();
            }

            await DeliverAsync(TakeBurst(), ignoreDelay: true, cancellationToken);
        }
        finally
        {
            _delivering.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopping while a delivery waits or runs is expected; queued notifications are dropped.
        }

        _stop.Dispose();
        _cutDelays.Dispose();
        _signal.Dispose();
        _delivering.Dispose();
    }

    internal void Start() => _loop = Task.Run(() => RunAsync(_stop.Token));

    internal void Enqueue(PendingNotification notification)
    {
        lock (_gate)
        {
            _queue.Add(notification);
        }

        _signal.Release();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        while (true)
        {
            await _signal.WaitAsync(stop);
            if (IsPaused)
            {
                continue;
            }

            await _delivering.WaitAsync(stop);
            try
            {
                await DeliverAsync(TakeBurst(), ignoreDelay: false, stop);
            }
            finally
            {
                _delivering.Release();
            }
        }
    }

    private List<PendingNotification> TakeBurst()
    {
        lock (_gate)
        {
            var burst = _queue.ToList();
            _queue.Clear();
            if (_faults.Notifications.ReverseBursts)
            {
                burst.Reverse();
            }

            return burst;
        }
    }

    /// <summary>Waits out a delay unless a flush cuts it short.</summary>
    private async Task WaitAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        CancellationToken cut;
        lock (_gate)
        {
            cut = _cutDelays.Token;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, cut);
        try
        {
            await Task.Delay(wait, _time, linked.Token);
        }
        catch (OperationCanceledException) when (cut.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Flushed: post now.
        }
    }

    private async Task DeliverAsync(List<PendingNotification> burst, bool ignoreDelay, CancellationToken cancellationToken)
    {
        foreach (var notification in burst)
        {
            var wait = notification.DueAt - _time.GetUtcNow();
            if (!ignoreDelay && wait > TimeSpan.Zero)
            {
                await WaitAsync(wait, cancellationToken);
            }

            var failed = false;
            var sentAt = _time.GetUtcNow();
            for (var copy = 0; copy < notification.Copies; copy++)
            {
                var record = await _client.PostAsync(DeliveryKind.Notification, notification.Url, notification.Payload, notification.SubscriptionId, notification.MessageId, null, cancellationToken);
                failed |= record.Status is { } status && (status < 200 || status > 299);
            }

            if (failed)
            {
                RetryLater(notification with { Copies = 1, Attempt = notification.Attempt + 1, FirstSentAt = notification.FirstSentAt ?? sentAt });
            }
        }
    }

    /// <summary>Queues the retry after its backoff, off the delivery loop so later notifications are not held up.</summary>
    private void RetryLater(PendingNotification retry)
    {
        var backoff = TimeSpan.FromTicks(Math.Min(FirstRetry.Ticks << Math.Min(retry.Attempt - 2, 20), LongestRetry.Ticks));
        if (_time.GetUtcNow() + backoff - retry.FirstSentAt > RetryWindow)
        {
            return;
        }

        var stop = _stop.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(backoff, _time, stop);
                Enqueue(retry with { DueAt = _time.GetUtcNow() });
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
            {
                // The sandbox stopped: pending retries go with it.
            }
        });
    }
}
