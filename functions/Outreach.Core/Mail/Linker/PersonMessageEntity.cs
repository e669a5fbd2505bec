namespace Outreach.Mail.Linker;

/// <summary>A message as stored against one person; what the per-person state is derived from.</summary>
public sealed class PersonMessageEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string PersonId { get; set; } = string.Empty;

    /// <summary>The linked message as JSON: the person's mail state is derived from all of these.</summary>
    public string LinkJson { get; set; } = string.Empty;
}
