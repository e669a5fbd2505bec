namespace Outreach.Mail.Webhooks;

/// <summary>
/// The accepted items of one webhook body, as one queue message: the webhook's only write. Grouped by
/// subscription, so the message stays small (a message id is the bulk of it).
/// </summary>
public sealed record NotificationBatch(IReadOnlyList<NotifiedMessages> Groups)
{
    /// <summary>Queue messages hold 64 KiB after the host's base64 encoding: 48 KiB of JSON.</summary>
    public const int MaxJsonBytes = 48 * 1024;

    public int Count => Groups.Sum(g => g.MessageIds.Count);
}

/// <summary>Messages Graph announced through one subscription (so: one user's folder).</summary>
public sealed record NotifiedMessages(string SubscriptionId, string User, string Folder, IReadOnlyList<string> MessageIds);
