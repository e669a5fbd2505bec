namespace Outreach.Mail.Replies;

/// <summary>
/// <c>rd|{personId}</c>: the user said the person's replies up to <see cref="DismissedThrough"/> need no
/// answer. A row of its own, so the linker can rewrite the reply row without knowing of it; a newer
/// reply is received after it and shows again.
/// </summary>
public sealed class ReplyDismissalEntity : ITableEntity
{
    public const string Prefix = "rd|";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string PersonId { get; set; } = string.Empty;

    public DateTimeOffset DismissedThrough { get; set; }

    public static string Key(string personId) => Prefix + personId;
}
