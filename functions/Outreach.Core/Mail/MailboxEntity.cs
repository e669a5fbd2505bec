using System.Runtime.Serialization;
using System.Text.Json;

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
