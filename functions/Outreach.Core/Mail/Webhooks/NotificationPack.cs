namespace Outreach.Mail.Webhooks;

/// <summary>
/// The bodies that share one queue message. Ids announced through the same subscription share one group,
/// and an id announced twice is kept once, so a message is mostly message ids: bodies that arrive together
/// cost one small write, which is what the webhook waits for before its 202.
/// </summary>
public sealed class NotificationPack
{
    private readonly List<NotifiedMessages> _groups = [];
    private readonly Dictionary<(string Subscription, string User, string Folder), (List<string> Ids, HashSet<string> Seen)> _byKey = [];

    public int Bodies { get; private set; }

    /// <summary>An upper bound of the message's JSON bytes so far.</summary>
    public int Size { get; private set; } = NotificationBatches.Overhead;

    /// <summary>Adds a whole body if the message stays within a queue message's size; otherwise adds nothing.</summary>
    public bool TryAdd(IReadOnlyList<NotifiedMessages> body)
    {
        var added = 0;
        var newKeys = new HashSet<(string, string, string)>();
        var newIds = new HashSet<(string, string, string, string)>();
        foreach (var group in body)
        {
            var key = (group.SubscriptionId, group.User, group.Folder);
            var known = _byKey.TryGetValue(key, out var existing);
            if (!known && newKeys.Add(key))
            {
                added += NotificationBatches.Overhead;
            }

            foreach (var id in group.MessageIds)
            {
                if ((!known || !existing.Seen.Contains(id)) && newIds.Add((key.SubscriptionId, key.User, key.Folder, id)))
                {
                    added += NotificationBatches.IdSize(id);
                }
            }
        }

        if (Bodies > 0 && Size + added > NotificationBatch.MaxJsonBytes)
        {
            return false;
        }

        foreach (var group in body)
        {
            var key = (group.SubscriptionId, group.User, group.Folder);
            if (!_byKey.TryGetValue(key, out var entry))
            {
                entry = ([], new HashSet<string>(StringComparer.Ordinal));
                _byKey[key] = entry;
                _groups.Add(group with { MessageIds = entry.Ids });
            }

            foreach (var id in group.MessageIds.Where(entry.Seen.Add))
            {
                entry.Ids.Add(id);
            }
        }

        Size += added;
        Bodies++;
        return true;
    }

    public NotificationBatch ToBatch() => new(_groups.Select(g => g with { MessageIds = [.. g.MessageIds] }).ToList());
}
