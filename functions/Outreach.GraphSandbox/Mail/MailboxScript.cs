namespace Outreach.GraphSandbox.Mail;

/// <summary>
/// Scripts what happens in sandbox mailboxes: the user sends, people reply, auto-replies and bounces
/// arrive, mail moves. Every change shows in delta queries and triggers change notifications.
/// A mailbox is the user's <c>oid</c>; mailboxes are created on first use.
/// </summary>
public sealed class MailboxScript
{
    private readonly MailStore _store;
    private readonly TimeProvider _time;

    internal MailboxScript(MailStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>
    /// Calls <paramref name="observer"/> on every change, in order. It runs inside the store's lock:
    /// keep it quick and do not script the mailbox from it (schedule that instead). Dispose to stop.
    /// </summary>
    public IDisposable OnChange(Action<MessageChange> observer) => _store.Observe(observer);

    /// <summary>Keys of every mailbox created so far.</summary>
    public IReadOnlyList<string> Mailboxes() => _store.MailboxKeys();

    public SandboxAddress Owner(string mailbox) => _store.Read(mailbox, b => b.Owner);

    /// <summary>The user's own address: sent mail comes from it, received mail goes to it.</summary>
    public void SetOwner(string mailbox, string address, string? name = null)
        => _store.SetOwner(mailbox, new SandboxAddress(address, name));

    /// <summary>
    /// Whether Graph returns <c>internetMessageHeaders</c> for the mailbox's mail (the default) or withholds
    /// them, as it may under Mail.ReadBasic. Sent Items copies never carry them either way.
    /// </summary>
    public void WithholdHeaders(string mailbox, bool withheld = true) => _store.WithholdHeaders(mailbox, withheld);

    public bool HeadersWithheld(string mailbox) => _store.Read(mailbox, b => b.WithholdsHeaders);

    /// <summary>Messages of a mailbox (one folder, or all), oldest first.</summary>
    public IReadOnlyList<SandboxMessage> Messages(string mailbox, string? folder = null)
        => _store.Read(mailbox, b =>
        {
            var resolved = folder is null ? null : b.ResolveFolder(folder) ?? throw new KeyNotFoundException($"No folder '{folder}'.");
            return (IReadOnlyList<SandboxMessage>)[.. b.Messages.Where(m => resolved is null || m.Folder == resolved).OrderBy(m => m.ReceivedDateTime)];
        });

    public SandboxMessage? Find(string mailbox, string messageId) => _store.Read(mailbox, b => b.Find(messageId));

    /// <summary>
    /// The user sends a mail: a copy lands in Sent Items, from the owner. With <paramref name="inReplyTo"/>
    /// (a Message-ID) it answers that mail and joins its conversation.
    /// </summary>
    public SandboxMessage SendAsUser(
        string mailbox, IEnumerable<SandboxAddress> to, IEnumerable<SandboxAddress>? cc = null, string subject = "",
        IEnumerable<SandboxAddress>? bcc = null, string? inReplyTo = null, DateTimeOffset? at = null)
    {
        var time = at ?? _time.GetUtcNow();
        return _store.Add(mailbox, box =>
        {
            var thread = ThreadPosition.For(box, inReplyTo, conversationId: null);
            return new SandboxMessage
            {
                Id = MessageIds.NewMessageId(),
                Mailbox = mailbox,
                Folder = SandboxFolders.SentItems,
                ConversationId = thread.ConversationId,
                InternetMessageId = MessageIds.NewInternetMessageId(),
                From = box.Owner,
                Sender = box.Owner,
                To = [.. to],
                Cc = [.. cc ?? []],
                Bcc = [.. bcc ?? []],
                Subject = subject,
                SentDateTime = time,
                ReceivedDateTime = time,
                InReplyTo = thread.InReplyTo,
                References = thread.References,
            };
        });
    }

    /// <summary>
    /// A mail arrives in the Inbox. With <paramref name="inReplyTo"/> (a Message-ID) it is a reply:
    /// In-Reply-To and References headers, the original's conversation and "Re: subject" by default.
    /// <paramref name="headers"/> are added to (or replace) the transport headers.
    /// </summary>
    public SandboxMessage Receive(
        string mailbox, SandboxAddress from, IEnumerable<SandboxAddress>? to = null, string? subject = null,
        string? inReplyTo = null, string? conversationId = null, IEnumerable<SandboxHeader>? headers = null,
        IEnumerable<SandboxAddress>? cc = null, DateTimeOffset? at = null)
        => Deliver(mailbox, from, to, subject, "Re: ", inReplyTo, conversationId, headers, cc, at);

    /// <summary>An RFC 3834 automatic reply to the user's mail (Exchange's "Automatic reply: ...").</summary>
    public SandboxMessage AutoReply(string mailbox, SandboxAddress from, string inReplyTo, DateTimeOffset? at = null)
        => Deliver(mailbox, from, to: null, subject: null, "Automatic reply: ", inReplyTo, conversationId: null,
            [new("Auto-Submitted", "auto-replied"), new("X-Auto-Response-Suppress", "All")], cc: null, at);

    /// <summary>An out-of-office notice ("Out of Office: ..."), flagged <c>Auto-Submitted: auto-generated</c>.</summary>
    public SandboxMessage OutOfOffice(string mailbox, SandboxAddress from, string? inReplyTo = null, DateTimeOffset? at = null)
        => Deliver(mailbox, from, to: null, subject: inReplyTo is null ? "Out of Office" : null, "Out of Office: ", inReplyTo, conversationId: null,
            [new("Auto-Submitted", "auto-generated"), new("X-Auto-Response-Suppress", "All")], cc: null, at);

    /// <summary>
    /// A non-delivery report for a mail the user sent: from postmaster or MAILER-DAEMON, a
    /// <c>multipart/report</c> content type, "Undeliverable: subject", threaded to the original.
    /// <paramref name="failedRecipient"/> defaults to the original's first To recipient.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The mailbox has no such message.</exception>
    public SandboxMessage Bounce(
        string mailbox, string originalMessageId, BounceSender sender = BounceSender.Postmaster, string? failedRecipient = null, DateTimeOffset? at = null)
    {
        var original = Find(mailbox, originalMessageId) ?? throw new KeyNotFoundException($"Mailbox {mailbox} has no message {originalMessageId}.");
        var recipient = failedRecipient ?? (original.To.Count > 0 ? original.To[0].Address : null) ?? original.From.Address;
        var from = sender == BounceSender.Postmaster
            ? new SandboxAddress($"postmaster@{Owner(mailbox).Domain}", "Microsoft Outlook")
            : new SandboxAddress($"MAILER-DAEMON@{new SandboxAddress(recipient).Domain}", "Mail Delivery System");
        List<SandboxHeader> headers =
        [
            new("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"_ndr_sandbox_\""),

            // Exchange marks its NDRs as automatic too; consumers must test for a bounce before an auto-reply.
            new("Auto-Submitted", "auto-replied"),
        ];
        headers.Add(sender == BounceSender.Postmaster
            ? new("X-MS-Exchange-Message-Is-Ndr", string.Empty)
            : new("X-Failed-Recipients", recipient));
        return Deliver(mailbox, from, to: null, subject: null, "Undeliverable: ", original.InternetMessageId, conversationId: null, headers, cc: null, at);
    }

    public SandboxMessage Bounce(string mailbox, SandboxMessage original, BounceSender sender = BounceSender.Postmaster, string? failedRecipient = null, DateTimeOffset? at = null)
        => Bounce(mailbox, original.Id, sender, failedRecipient, at);

    /// <summary>Moves a message; its id stays. The old folder's delta reports it removed, the new one's added.</summary>
    /// <exception cref="KeyNotFoundException">No such message or folder.</exception>
    public SandboxMessage Move(string mailbox, string messageId, string toFolder) => _store.Move(mailbox, messageId, toFolder);

    /// <summary>Deletes a message for good; its folder's delta reports it removed.</summary>
    /// <exception cref="KeyNotFoundException">No such message.</exception>
    public SandboxMessage Delete(string mailbox, string messageId) => _store.Delete(mailbox, messageId);

    private SandboxMessage Deliver(
        string mailbox, SandboxAddress from, IEnumerable<SandboxAddress>? to, string? subject, string replyPrefix,
        string? inReplyTo, string? conversationId, IEnumerable<SandboxHeader>? headers, IEnumerable<SandboxAddress>? cc, DateTimeOffset? at)
    {
        var received = at ?? _time.GetUtcNow();

        // Mail spends a moment in transit; a sent time before the received time is what Graph shows.
        var sent = received.AddSeconds(-3);
        return _store.Add(mailbox, box =>
        {
            var thread = ThreadPosition.For(box, inReplyTo, conversationId);
            var finalSubject = subject ?? (thread.InReplyTo is null ? string.Empty : thread.ReplySubject(replyPrefix));
            var internetMessageId = MessageIds.NewInternetMessageId();
            return new SandboxMessage
            {
                Id = MessageIds.NewMessageId(),
                Mailbox = mailbox,
                Folder = SandboxFolders.Inbox,
                ConversationId = thread.ConversationId,
                InternetMessageId = internetMessageId,
                From = from,
                Sender = from,
                To = to?.ToList() is { Count: > 0 } recipients ? recipients : [box.Owner],
                Cc = [.. cc ?? []],
                Subject = finalSubject,
                SentDateTime = sent,
                ReceivedDateTime = received,
                InReplyTo = thread.InReplyTo,
                References = thread.References,
                Headers = TransportHeaders.ForReceived(from, box.Owner, internetMessageId, finalSubject, sent, thread, headers),
            };
        });
    }
}
