using System.Collections.Concurrent;

namespace Outreach.GraphSandbox.Subscriptions;

/// <summary>Active subscriptions by id. Expired ones count as gone, as Graph deletes them.</summary>
internal sealed class SubscriptionRegistry(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SandboxSubscription> _subscriptions = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<SandboxSubscription> All() => [.. _subscriptions.Values.Where(IsActive).OrderBy(s => s.ExpirationDateTime)];

    public SandboxSubscription? Find(string id) => _subscriptions.TryGetValue(id, out var s) && IsActive(s) ? s : null;

    public void Put(SandboxSubscription subscription) => _subscriptions[subscription.Id] = subscription;

    public bool Remove(string id) => _subscriptions.TryRemove(id, out _);

    /// <summary>Subscriptions of the mailbox that watch <paramref name="changeType"/> in the folder.</summary>
    public IReadOnlyList<SandboxSubscription> Matching(string mailbox, string folder, string changeType)
        => [.. All().Where(s => s.Mailbox == mailbox && (s.Folder is null || s.Folder == folder) && s.Watches(changeType))];

    private bool IsActive(SandboxSubscription subscription) => subscription.ExpirationDateTime > time.GetUtcNow();
}
