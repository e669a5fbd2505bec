namespace Outreach.Mail.Replies;

/// <summary>A reply waiting for the user's answer (<c>r|{personId}</c>).</summary>
public sealed class ReplyEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string PersonId { get; set; } = string.Empty;

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>Graph immutable id of the newest reply, to open it in Outlook.</summary>
    public string MessageId { get; set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The reply's subject line; null on rows written before subjects were kept.</summary>
    public string? Subject { get; set; }

    /// <summary>Graph immutable id of the outreach mail the reply answers; null on rows written before it was kept.</summary>
    public string? OutreachMessageId { get; set; }

    public DateTimeOffset OutreachSentAt { get; set; }

    public string? OutreachSubject { get; set; }

    public int Waiting { get; set; }

    /// <summary>Where the reply came: null for mail (rows written before LinkedIn was read), or <c>linkedIn</c>.</summary>
    public string? Channel { get; set; }
}
