namespace Outreach.GraphSandbox.Mail;

/// <summary>
/// A message as the sandbox stores it: the properties Mail.ReadBasic can read, never a body.
/// Immutable; a move produces a copy with another folder and a new change key.
/// </summary>
public sealed record SandboxMessage
{
    /// <summary>Immutable-style id: stays the same across moves, case-sensitive.</summary>
    public required string Id { get; init; }

    /// <summary>The mailbox key (the owner's <c>oid</c>).</summary>
    public required string Mailbox { get; init; }

    /// <summary>Well-known name of the folder the message is in, e.g. <see cref="SandboxFolders.Inbox"/>.</summary>
    public required string Folder { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>RFC 5322 Message-ID with angle brackets.</summary>
    public required string InternetMessageId { get; init; }

    public required SandboxAddress From { get; init; }

    public SandboxAddress? Sender { get; init; }

    public IReadOnlyList<SandboxAddress> To { get; init; } = [];

    public IReadOnlyList<SandboxAddress> Cc { get; init; } = [];

    public IReadOnlyList<SandboxAddress> Bcc { get; init; } = [];

    public string Subject { get; init; } = string.Empty;

    public required DateTimeOffset SentDateTime { get; init; }

    public required DateTimeOffset ReceivedDateTime { get; init; }

    public bool IsDraft { get; init; }

    /// <summary>
    /// Transport headers, Graph's <c>internetMessageHeaders</c>. Only received mail has them: Exchange
    /// keeps none on the Sent Items copy (microsoft-graph-docs#2716), so sent messages have none here.
    /// </summary>
    public IReadOnlyList<SandboxHeader> Headers { get; init; } = [];

    /// <summary>The Message-ID this one answers, kept even where no header shows it (sent mail).</summary>
    public string? InReplyTo { get; init; }

    /// <summary>The thread's Message-IDs, oldest first, kept even where no header shows them.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Grows with every change; Graph's <c>changeKey</c> and <c>@odata.etag</c> derive from it.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The first value of a header, case-insensitive, or null.</summary>
    public string? Header(string name)
        => Headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
}
