namespace Outreach.Mail.Mailbox;

/// <summary>What <c>GET /api/mailbox</c> shows: connected or not, each folder's sync, problems.</summary>
public sealed record MailboxView(
    bool Connected,
    DateTimeOffset? ConnectedAt,
    bool ReconnectNeeded,
    string? ReconnectReason,
    DateTimeOffset? LastNotificationAt,
    DateTimeOffset? NextSubscriptionExpiry,
    int PoisonCount,
    string? LastPoisonReason,
    string? SubscriptionProblem,
    IReadOnlyDictionary<string, FolderView> Folders)
{
    public static MailboxView From(MailboxEntity? mailbox)
    {
        if (mailbox is null)
        {
            return new MailboxView(false, null, false, null, null, null, 0, null, null, new Dictionary<string, FolderView>());
        }

        var folders = MailFolder.Followed.ToDictionary(f => f, f => FolderView.From(mailbox.Folder(f)));
        return new MailboxView(
            mailbox.Connected,
            mailbox.ConnectedAt,
            mailbox.ReconnectNeeded,
            NullIfEmpty(mailbox.ReconnectReason),
            mailbox.LastNotificationAt,
            folders.Values.Select(f => f.SubscriptionExpiresAt).Where(d => d is not null).Min(),
            mailbox.PoisonCount,
            NullIfEmpty(mailbox.LastPoisonReason),
            NullIfEmpty(mailbox.SubscriptionProblem),
            folders);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

public sealed record FolderView(string SyncState, DateTimeOffset? LastSyncAt, int MessagesSeen, bool Subscribed, DateTimeOffset? SubscriptionExpiresAt, string? LastError)
{
    public static FolderView From(FolderState state)
        => new(state.SyncState, state.LastSyncAt, state.MessagesSeen, state.SubscriptionId is not null, state.SubscriptionExpiresAt, state.LastError);
}
