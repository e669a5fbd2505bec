namespace Outreach.Mail.Linker;

/// <summary>
/// A message waiting to be linked (<c>w|{message key}</c> in the user's partition). The same message
/// notified twice is one row, so duplicates collapse before Graph is asked.
/// </summary>
public sealed class WorkItemEntity : ITableEntity
{
    public const string Prefix = "w|";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string MessageId { get; set; } = string.Empty;

    public string Folder { get; set; } = string.Empty;

    public DateTimeOffset NotifiedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public static string KeyFor(string messageId) => Prefix + RowKeys.Hash(messageId, 16);
}
