namespace Outreach.Mail.Linker;

/// <summary>A message kept until what it refers to has been linked (a bounce before its original).</summary>
public sealed class PendingMessageEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string FactsJson { get; set; } = string.Empty;
}
