using Outreach.GraphSandbox.Mail;

namespace Outreach.GraphSandbox.Control;

// Bodies of the control API. Addresses are strings: "jane@example.com" or "Jane Doe <jane@example.com>".

internal sealed record OwnerBody(string Address, string? Name);

internal sealed record HeadersBody(bool Withheld);

internal sealed record SendBody(IReadOnlyList<string> To, IReadOnlyList<string>? Cc, IReadOnlyList<string>? Bcc, string? Subject, string? InReplyTo, DateTimeOffset? At);

internal sealed record ReceiveBody(
    string From, IReadOnlyList<string>? To, IReadOnlyList<string>? Cc, string? Subject, string? InReplyTo, string? ConversationId,
    IReadOnlyList<SandboxHeader>? Headers, DateTimeOffset? At);

internal sealed record AutoReplyBody(string From, string? InReplyTo, DateTimeOffset? At);

internal sealed record BounceBody(string MessageId, BounceSender? Sender, string? FailedRecipient, DateTimeOffset? At);

internal sealed record MoveBody(string Folder);

internal sealed record ConcurrencyBody(int? Max, int? RetryAfterSeconds);

internal sealed record NotificationFaultsBody(int? Copies, bool? ReverseBursts, double? DelaySeconds);

internal sealed record ExpireDeltaBody(string Mailbox, string Folder);

internal sealed record LifecycleBody(Subscriptions.LifecycleEvent Event);

internal sealed record DemoSeedBody(string Mailbox, int? Seed, int? Count, double? ReplyDelayMinSeconds, double? ReplyDelayMaxSeconds);
