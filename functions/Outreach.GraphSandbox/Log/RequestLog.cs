namespace Outreach.GraphSandbox.Log;

/// <summary>Every Graph request answered and every webhook POST made, in order. Thread-safe.</summary>
public sealed class RequestLog
{
    /// <summary>
    /// Slack when judging a retry: .NET timers may fire a millisecond or so before the delay a client
    /// asked for, which is no disrespect of Retry-After.
    /// </summary>
    public static readonly TimeSpan RetryAfterTolerance = TimeSpan.FromMilliseconds(25);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly TimeProvider _time;
    private readonly DateTimeOffset _origin;
    private readonly long _originTimestamp;
    private readonly Lock _gate = new();
    private readonly List<GraphRequestRecord> _requests = [];
    private readonly List<DeliveryRecord> _deliveries = [];
    private long _sequence;

    internal RequestLog(TimeProvider time)
    {
        _time = time;
        _origin = time.GetUtcNow();
        _originTimestamp = time.GetTimestamp();
    }

    public IReadOnlyList<GraphRequestRecord> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<DeliveryRecord> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries];
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
            _deliveries.Clear();
        }
    }

    /// <summary>
    /// Each request refused with Retry-After whose next identical request (same mailbox, method, path
    /// and query) arrived sooner than Retry-After (less <see cref="RetryAfterTolerance"/>) after the
    /// refusal was sent — or, with <paramref name="requireRetry"/>, never arrived.
    /// </summary>
    public IReadOnlyList<RetryAfterViolation> RetryAfterViolations(bool requireRetry = true)
    {
        var requests = Requests;
        var violations = new List<RetryAfterViolation>();
        for (var i = 0; i < requests.Count; i++)
        {
            var refused = requests[i];
            if (refused.RetryAfterSeconds is not { } seconds || refused.Status is not (429 or 503))
            {
                continue;
            }

            var retry = requests.Skip(i + 1).FirstOrDefault(r => r.Mailbox == refused.Mailbox && r.Method == refused.Method && r.PathAndQuery == refused.PathAndQuery);
            if (retry is null ? requireRetry : retry.ReceivedAt - refused.AnsweredAt < TimeSpan.FromSeconds(seconds) - RetryAfterTolerance)
            {
                violations.Add(new RetryAfterViolation(refused, retry));
            }
        }

        return violations;
    }

    /// <summary>Requests refused for being over the mailbox's concurrency limit (of one mailbox, or all).</summary>
    public int MailboxConcurrencyRefusals(string? mailbox = null)
    {
        lock (_gate)
        {
            return _requests.Count(r => r.Fault == Faults.FaultInjector.MailboxConcurrencyFault && (mailbox is null || r.Mailbox == mailbox));
        }
    }

    /// <summary>Waits until a delivery matching <paramref name="match"/> is logged.</summary>
    /// <exception cref="TimeoutException">None arrived in time.</exception>
    public async Task<DeliveryRecord> WaitForDeliveryAsync(Func<DeliveryRecord, bool> match, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var timer = new PeriodicTimer(PollInterval);
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            if (Deliveries.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"No matching delivery within {timeout.TotalSeconds:0.#} s.");
            }

            await timer.WaitForNextTickAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Log times: the wall clock at start plus a monotonic clock since, so that intervals between
    /// entries are exact even if the wall clock is adjusted meanwhile.
    /// </summary>
    internal DateTimeOffset Now() => _origin + _time.GetElapsedTime(_originTimestamp);

    internal long NextSequence() => Interlocked.Increment(ref _sequence);

    internal void Add(GraphRequestRecord record)
    {
        lock (_gate)
        {
            _requests.Add(record);
        }
    }

    internal void Add(DeliveryRecord record)
    {
        lock (_gate)
        {
            _deliveries.Add(record);
        }
    }
}
