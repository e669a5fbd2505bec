namespace Outreach.Mail.Linker;

/// <summary>
/// Mail exchanged with one address outside the network, as one linker run saw it: the messages (by key)
/// and the names the address went by. Address suggestions come from these. Counting the distinct keys
/// over all of an address's rows keeps the count exact when a run sees a message again. Rows written
/// before runs were gathered hold one message, named by the last part of their row key.
/// </summary>
public sealed class CorrespondentEntity : ITableEntity
{
    /// <summary>Keys per row: 900 keys of 32 characters stay under a string property's 64 KiB.</summary>
    public const int MaxKeys = 900;

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Address { get; set; } = string.Empty;

    /// <summary>The name the address went by (one-message rows), or the first of <see cref="NamesJson"/>.</summary>
    public string? Name { get; set; }

    /// <summary>Every name the address went by in the run, as a JSON array; null on one-message rows.</summary>
    public string? NamesJson { get; set; }

    /// <summary>The latest message's time.</summary>
    public DateTimeOffset? When { get; set; }

    /// <summary>The messages' keys (<see cref="MailRows.MessageKey"/>), concatenated; null on one-message rows.</summary>
    public string? MessageKeys { get; set; }

    /// <summary>The keys of the messages this row counts.</summary>
    public IEnumerable<string> Keys()
        => MessageKeys is { Length: > 0 } keys
            ? keys.Chunk(MailRows.MessageKeyLength).Select(k => new string(k))
            : [RowKey[(RowKey.LastIndexOf('|') + 1)..]];

    /// <summary>Each address with its names and how many distinct messages its rows count (a message seen by two runs is in two rows).</summary>
    public static IReadOnlyList<Rules.Correspondent> Tally(IEnumerable<CorrespondentEntity> rows)
        => rows.GroupBy(r => r.Address, StringComparer.Ordinal)
            .Select(g => new Rules.Correspondent(g.Key, g.SelectMany(r => r.Names()).Distinct(StringComparer.Ordinal).ToList(), g.SelectMany(r => r.Keys()).Distinct(StringComparer.Ordinal).Count()))
            .ToList();

    public IEnumerable<string> Names()
        => NamesJson is { Length: > 0 } json
            ? System.Text.Json.JsonSerializer.Deserialize<List<string>>(json) ?? []
            : Name is null ? [] : [Name];
}
