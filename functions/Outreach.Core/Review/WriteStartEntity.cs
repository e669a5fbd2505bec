namespace Outreach.Review;

/// <summary>When the pane's <i>Write</i> last opened a compose form for a person (<c>ws|{personId}</c>). No content.</summary>
public sealed class WriteStartEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public DateTimeOffset StartedAt { get; set; }
}
