namespace Outreach.Mail;

/// <summary>
/// What Outreach knows of one message: only what Mail.ReadBasic returns, never a body. Built from a
/// Graph <c>message</c> (immutable id) read with a minimal <c>$select</c>.
/// </summary>
public sealed record MailMessageFacts
{
    /// <summary>Graph immutable id (case-sensitive).</summary>
    public required string Id { get; init; }

    /// <summary>Which followed folder reported it: <see cref="MailFolder.Inbox"/> or <see cref="MailFolder.SentItems"/>.</summary>
    public required string Folder { get; init; }

    /// <summary>RFC 5322 Message-ID, with angle brackets as Graph returns it.</summary>
    public string? InternetMessageId { get; init; }

    public string? ConversationId { get; init; }

    public MailAddress? From { get; init; }

    public IReadOnlyList<MailAddress> To { get; init; } = [];

    public IReadOnlyList<MailAddress> Cc { get; init; } = [];

    public IReadOnlyList<MailAddress> Bcc { get; init; } = [];

    public string? Subject { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }

    public bool IsDraft { get; init; }

    /// <summary>Internet message headers by name, case-insensitive; a repeated header keeps its values joined by a space.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>When the message happened: sent time for sent mail, received time otherwise.</summary>
    public DateTimeOffset? When => Folder == MailFolder.SentItems ? SentAt ?? ReceivedAt : ReceivedAt ?? SentAt;
}
