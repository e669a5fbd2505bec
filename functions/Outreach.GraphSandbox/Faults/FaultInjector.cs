using Outreach.GraphSandbox.Mail;

namespace Outreach.GraphSandbox.Faults;

/// <summary>Makes the sandbox fail the way Graph does. Thread-safe; changes apply to the next request.</summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly MailStore _store;
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private ThrottleRule? _rule;
    private Random _random = new(0);
    private int _seen;
    private int _failed;
    private int? _concurrencyLimit;
    private int _concurrencyRetryAfter = 1;
    private NotificationFaults _notifications = NotificationFaults.None;

    internal FaultInjector(MailStore store) => _store = store;

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

    /// <summary>The concurrency limit per mailbox, if one is enforced.</summary>
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
    /// Enforces Outlook's limit of concurrent requests per app and mailbox (4 in Graph): a request
    /// beyond it gets 429. Null lifts the limit.
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

    /// <summary>Back to a well-behaved Graph: no throttling, no concurrency limit, notifications as sent.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rule = null;
            _concurrencyLimit = null;
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
    internal FaultDecision? Enter(string mailbox)
    {
        lock (_gate)
        {
            var current = _inFlight.GetValueOrDefault(mailbox);
            if (_concurrencyLimit is { } limit && current >= limit)
            {
                return FaultDecision.Concurrency(_concurrencyRetryAfter);
            }

            _inFlight[mailbox] = current + 1;
            return null;
        }
    }

    internal void Exit(string mailbox)
    {
        lock (_gate)
        {
            if (_inFlight.TryGetValue(mailbox, out var current))
            {
                _inFlight[mailbox] = current - 1;
            }
        }
    }
}
