using Outreach.GraphSandbox.Mail;

namespace Outreach.GraphSandbox.Faults;

/// <summary>Makes the sandbox fail the way Graph does. Thread-safe; changes apply to the next request.</summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly MailStore _store;
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _peakInFlight = new(StringComparer.Ordinal);
    private ThrottleRule? _rule;
    private Random _random = new(0);
    private int _seen;
    private int _failed;
    private int? _concurrencyLimit = MailboxConcurrencyLimit;
    private int _concurrencyRetryAfter = 1;
    private NotificationFaults _notifications = NotificationFaults.None;

    internal FaultInjector(MailStore store) => _store = store;

    /// <summary>Outlook's limit of concurrent requests per app and mailbox, enforced unless lifted.</summary>
    public const int MailboxConcurrencyLimit = 4;

    /// <summary>The <see cref="Log.GraphRequestRecord.Fault"/> of a request refused over the concurrency limit.</summary>
    public const string MailboxConcurrencyFault = "MailboxConcurrency";

    public ThrottleRule? Throttling
    {
        get
        {
            lock (_gate)
            {
                return _rule;
            }
        }
    }

    public NotificationFaults Notifications
    {
        get
        {
            lock (_gate)
            {
                return _notifications;
            }
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value.Copies, 1);
            lock (_gate)
            {
                _notifications = value;
            }
        }
    }

    /// <summary>The concurrency limit per mailbox (<see cref="MailboxConcurrencyLimit"/> unless changed); null when lifted.</summary>
    public int? ConcurrencyLimit
    {
        get
        {
            lock (_gate)
            {
                return _concurrencyLimit;
            }
        }
    }

    /// <summary>Starts failing requests by <paramref name="rule"/>; counting starts afresh.</summary>
    public void Throttle(ThrottleRule rule)
    {
        if (rule.Status is not (429 or 503))
        {
            throw new ArgumentException("Only 429 and 503 are injected.", nameof(rule));
        }

        if (rule.Every <= 0 && rule.Probability <= 0)
        {
            throw new ArgumentException("Set Every or Probability.", nameof(rule));
        }

        lock (_gate)
        {
            _rule = rule;
            _random = new Random(rule.Seed);
            _seen = 0;
            _failed = 0;
        }
    }

    public void StopThrottling()
    {
        lock (_gate)
        {
            _rule = null;
        }
    }

    /// <summary>
    /// Sets the limit of concurrent requests per mailbox (Graph's is 4, the default): a request beyond it
    /// gets 429 with Retry-After. Null lifts the limit.
    /// </summary>
    public void LimitConcurrency(int? maxPerMailbox, int retryAfterSeconds = 1)
    {
        lock (_gate)
        {
            _concurrencyLimit = maxPerMailbox;
            _concurrencyRetryAfter = retryAfterSeconds;
        }
    }

    /// <summary>Every delta and next link issued so far for the folder answers 410 Gone from now on.</summary>
    public void ExpireDeltaTokens(string mailbox, string folder)
        => _store.ExpireDeltaTokens(mailbox, SandboxFolders.WellKnown(folder) ?? throw new ArgumentException($"No folder '{folder}'.", nameof(folder)));

    /// <summary>The most requests the mailbox ever had in flight at once (batch steps count, their envelope does not).</summary>
    public int PeakConcurrency(string mailbox)
    {
        lock (_gate)
        {
            return _peakInFlight.GetValueOrDefault(mailbox);
        }
    }

    /// <summary>Back to a well-behaved Graph: no throttling, Graph's concurrency limit, notifications as sent.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rule = null;
            _concurrencyLimit = MailboxConcurrencyLimit;
            _concurrencyRetryAfter = 1;
            _notifications = NotificationFaults.None;
        }
    }

    /// <summary>Whether this Graph operation fails, counting it against the throttle rule.</summary>
    internal FaultDecision? Decide(string pathAndQuery)
    {
        lock (_gate)
        {
            if (_rule is not { } rule || (rule.PathContains is { } part && !pathAndQuery.Contains(part, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            if (rule.Limit is { } limit && _failed >= limit)
            {
                return null;
            }

            _seen++;
            var fail = rule.Every > 0 ? _seen % rule.Every == 0 : _random.NextDouble() < rule.Probability;
            if (!fail)
            {
                return null;
            }

            _failed++;
            return FaultDecision.For(rule.Status, rule.RetryAfterSeconds);
        }
    }

    /// <summary>Counts a request in flight for the mailbox; a refusal when over the limit (nothing is counted then).</summary>
    internal FaultDecision? Enter(string mailbox) => EnterUpTo(mailbox, 1) == 1 ? null : ConcurrencyRefusal();

    /// <summary>Takes as many of <paramref name="wanted"/> slots as are free (maybe none) and says how many.</summary>
    internal int EnterUpTo(string mailbox, int wanted)
    {
        lock (_gate)
        {
            var current = _inFlight.GetValueOrDefault(mailbox);
            var granted = Math.Clamp((_concurrencyLimit ?? int.MaxValue) - current, 0, wanted);
            _inFlight[mailbox] = current + granted;
            _peakInFlight[mailbox] = Math.Max(current + granted, _peakInFlight.GetValueOrDefault(mailbox));
            return granted;
        }
    }

    internal FaultDecision ConcurrencyRefusal()
    {
        lock (_gate)
        {
            return FaultDecision.Concurrency(_concurrencyRetryAfter);
        }
    }

    internal void Exit(string mailbox, int slots = 1)
    {
        lock (_gate)
        {
            if (_inFlight.TryGetValue(mailbox, out var current))
            {
                _inFlight[mailbox] = current - slots;
            }
        }
    }
}
