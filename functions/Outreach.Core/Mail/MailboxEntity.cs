using System.Runtime.Serialization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace Outreach.Mail;

/// <summary>The user's <c>mailbox</c> row: connection, per-folder sync state, subscriptions, problems.</summary>
public sealed class MailboxEntity : ITableEntity
{
    public const string Key = "mailbox";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = Key;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public bool Connected { get; set; }

    public DateTimeOffset? ConnectedAt { get; set; }

    /// <summary>The delegated session is gone (revoked, expired, cache unreadable): the user must connect again.</summary>
    public bool ReconnectNeeded { get; set; }

    public string? ReconnectReason { get; set; }

    public DateTimeOffset? LastNotificationAt { get; set; }

    public int PoisonCount { get; set; }

    public string? LastPoisonReason { get; set; }

    public string? SubscriptionProblem { get; set; }

    public string FoldersJson { get; set; } = "{}";

    [IgnoreDataMember]
    public Dictionary<string, FolderState> Folders
    {
        get => JsonSerializer.Deserialize<Dictionary<string, FolderState>>(FoldersJson, Json) ?? [];
        set => FoldersJson = JsonSerializer.Serialize(value, Json);
    }

    public FolderState Folder(string name) => Folders.GetValueOrDefault(name) ?? new FolderState();

    public void SetFolder(string name, FolderState state)
    {
        var folders = Folders;
        folders[name] = state;
        Folders = folders;
    }
}

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
