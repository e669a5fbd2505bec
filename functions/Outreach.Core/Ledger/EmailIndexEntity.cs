namespace Outreach.Ledger;

/// <summary>An address index row (<c>e|{hash}|{personId}</c>): who is behind an address, in one range query.</summary>
public sealed class EmailIndexEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string PersonId { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;
}
