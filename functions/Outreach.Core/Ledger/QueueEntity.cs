namespace Outreach.Ledger;

/// <summary>
/// A queue row (<c>q{generation}|{order key}</c>): one per open person with a usable address, in plan
/// order, so the next person is the first row of one range query.
/// </summary>
public sealed class QueueEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string PersonId { get; set; } = string.Empty;

    /// <summary>ISO date or empty; empty sorts before every date, so the query filter stays one comparison.</summary>
    public string SnoozedUntil { get; set; } = string.Empty;
}
