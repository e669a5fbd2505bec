using System.Collections.Concurrent;

namespace Outreach.Mail.Subscriptions;

/// <summary>
/// Subscription rows held in memory for a short while, found or not found. A subscription id's user and
/// clientState never change, so the webhook can check a burst of notifications without storage; ids
/// that are unknown are remembered too, so a flood of forged ids costs one read each at most, and
/// callers asking for the same id at the same moment share one read.
/// </summary>
public sealed class SubscriptionCache(TimeProvider time)
{
    /// <summary>Short, so an instance that did not see a subscription deleted forgets it soon.</summary>
    public static readonly TimeSpan KnownFor = TimeSpan.FromSeconds(60);

    /// <summary>Shorter still: a subscription Graph has just created must not stay "unknown" for long.</summary>
    public static readonly TimeSpan UnknownFor = TimeSpan.FromSeconds(10);

    // Forged ids are unbounded; past this many entries the expired ones go, then all unknown ones.
    private const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public Task<SubscriptionEntity?> GetOrReadAsync(string subscriptionId, Func<string, Task<SubscriptionEntity?>> read)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(subscriptionId, out var cached) && !cached.IsStale(now))
        {
            return cached.Row;
        }

        var entry = new Entry(read(subscriptionId), now);
        var kept = _entries.AddOrUpdate(subscriptionId, entry, (_, existing) => existing.IsStale(now) ? entry : existing);
        if (_entries.Count > MaxEntries)
        {
            Trim(now);
        }

        return kept.Row;
    }

    public void Remember(SubscriptionEntity subscription)
        => _entries[subscription.PartitionKey] = new Entry(Task.FromResult<SubscriptionEntity?>(subscription), time.GetUtcNow());

    public void Forget(string subscriptionId) => _entries.TryRemove(subscriptionId, out _);

    private void Trim(DateTimeOffset now)
    {
        foreach (var (id, entry) in _entries)
        {
            if (entry.IsStale(now))
            {
                _entries.TryRemove(id, out _);
            }
        }

        if (_entries.Count > MaxEntries)
        {
            foreach (var (id, entry) in _entries)
            {
                if (entry.Row is { IsCompletedSuccessfully: true, Result: null })
                {
                    _entries.TryRemove(id, out _);
                }
            }
        }
    }

    private sealed record Entry(Task<SubscriptionEntity?> Row, DateTimeOffset ReadAt)
    {
        // A failed read (storage down) is no answer: the next notification asks again.
        public bool IsStale(DateTimeOffset now)
            => Row.IsFaulted || Row.IsCanceled || (Row.IsCompletedSuccessfully && now - ReadAt > (Row.Result is null ? UnknownFor : KnownFor));
    }
}
