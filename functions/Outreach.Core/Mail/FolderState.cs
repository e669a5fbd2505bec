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
}
