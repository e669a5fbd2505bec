namespace Outreach.Mail.Linker;

/// <summary>One message exchanged with an address outside the network: address suggestions come from these.</summary>
public sealed class CorrespondentEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Address { get; set; } = string.Empty;

    public string? Name { get; set; }

    public DateTimeOffset? When { get; set; }
}
