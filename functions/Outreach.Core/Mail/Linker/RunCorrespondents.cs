using System.Text.Json;

namespace Outreach.Mail.Linker;

/// <summary>
/// The addresses outside the network one linker run exchanged mail with, gathered so the run writes a
/// row per address (a few for thousands of messages), not a row per message.
/// </summary>
internal sealed class RunCorrespondents
{
    private readonly Dictionary<string, Seen> _byAddress = new(StringComparer.Ordinal);

    public void Add(MailAddress correspondent, MailMessageFacts message)
    {
        if (!_byAddress.TryGetValue(correspondent.Address, out var seen))
        {
            _byAddress[correspondent.Address] = seen = new Seen();
        }

        var key = MailRows.MessageKey(message.Id);
        if (seen.Keys.Add(key))
        {
            seen.Order.Add(key);
        }

        if (!string.IsNullOrWhiteSpace(correspondent.Name) && !seen.Names.Contains(correspondent.Name, StringComparer.Ordinal))
        {
            seen.Names.Add(correspondent.Name);
        }

        if (message.When is { } when && (seen.When is null || when > seen.When))
        {
            seen.When = when;
        }
    }

    /// <summary>Puts the rows into <paramref name="rows"/> and starts over.</summary>
    public void PutRows(UserId user, RowBuffer rows)
    {
        foreach (var row in Rows(user))
        {
            rows.Put(row);
        }

        _byAddress.Clear();
    }

    /// <summary>A row per address (per 900 messages), named by its first message, so a run seen again writes the same rows.</summary>
    public IEnumerable<CorrespondentEntity> Rows(UserId user)
        => _byAddress.SelectMany(entry => entry.Value.Order.Chunk(CorrespondentEntity.MaxKeys).Select(keys => new CorrespondentEntity
        {
            PartitionKey = user.PartitionKey,
            RowKey = MailRows.Correspondent(entry.Key, keys[0]),
            Address = entry.Key,
            Name = entry.Value.Names.FirstOrDefault(),
            NamesJson = JsonSerializer.Serialize(entry.Value.Names),
            When = entry.Value.When,
            MessageKeys = string.Concat(keys),
        }));

    private sealed class Seen
    {
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public List<string> Order { get; } = [];

        public List<string> Names { get; } = [];

        public DateTimeOffset? When { get; set; }
    }
}
