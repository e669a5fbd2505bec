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

    /// <summary>Puts the rows into <paramref name="rows"/>, named by each row's first message so a run seen again writes the same rows.</summary>
    public void PutRows(UserId user, RowBuffer rows)
    {
        foreach (var (address, seen) in _byAddress)
        {
            foreach (var keys in seen.Order.Chunk(CorrespondentEntity.MaxKeys))
            {
                rows.Put(new CorrespondentEntity
                {
                    PartitionKey = user.PartitionKey,
                    RowKey = MailRows.Correspondent(address, keys[0]),
                    Address = address,
                    Name = seen.Names.FirstOrDefault(),
                    NamesJson = JsonSerializer.Serialize(seen.Names),
                    When = seen.When,
                    MessageKeys = string.Concat(keys),
                });
            }
        }

        _byAddress.Clear();
    }

    private sealed class Seen
    {
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public List<string> Order { get; } = [];

        public List<string> Names { get; } = [];

        public DateTimeOffset? When { get; set; }
    }
}
