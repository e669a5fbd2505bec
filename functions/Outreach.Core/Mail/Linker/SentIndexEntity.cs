namespace Outreach.Mail.Linker;

/// <summary>A sent mail's recipients that are people, found by its Message-ID.</summary>
public sealed class SentIndexEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string PersonIdsJson { get; set; } = "[]";
}
