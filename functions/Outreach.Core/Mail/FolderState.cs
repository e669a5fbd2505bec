namespace Outreach.Mail;

/// <summary>One followed folder: its subscription and its delta position.</summary>
public sealed record FolderState
{
    public string? SubscriptionId { get; init; }

    public DateTimeOffset? SubscriptionExpiresAt { get; init; }

    /// <summary>Where the next delta round starts; null means a full (re)sync.</summary>
    public string? DeltaLink { get; init; }

    /// <summary><c>never</c>, <c>syncing</c>, <c>synced</c>, <c>resyncing</c>, <c>failed</c>.</summary>
    public string SyncState { get; init; } = "never";

    public DateTimeOffset? LastSyncAt { get; init; }

    public int MessagesSeen { get; init; }

    public string? LastError { get; init; }

    /// <summary>The folder's Graph id, as its messages' <c>parentFolderId</c> gives it; null until delta has seen one.</summary>
    public string? FolderId { get; init; }

    /// <summary>For Sent Items: the address the user's mail is sent from (the mailbox owner's); null until seen.</summary>
    public string? Owner { get; init; }
}
