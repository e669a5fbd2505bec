namespace Outreach.GraphSandbox.Subscriptions;

/// <summary>A change-notification subscription as the sandbox keeps it.</summary>
public sealed record SandboxSubscription
{
    public required string Id { get; init; }

    /// <summary>The mailbox (<c>oid</c>) of the user who created it.</summary>
    public required string Mailbox { get; init; }

    /// <summary>As given, e.g. <c>me/mailFolders('inbox')/messages</c>.</summary>
    public required string Resource { get; init; }

    /// <summary>The folder watched (well-known name), or null for all of the mailbox's messages.</summary>
    public string? Folder { get; init; }

    /// <summary>Comma-separated, as given: <c>created</c>, <c>updated</c>, <c>deleted</c>.</summary>
    public required string ChangeType { get; init; }

    public required string NotificationUrl { get; init; }

    public string? LifecycleNotificationUrl { get; init; }

    public required DateTimeOffset ExpirationDateTime { get; init; }

    public string? ClientState { get; init; }

    public required string TenantId { get; init; }

    public string? ApplicationId { get; init; }

    public bool Watches(string changeType)
        => ChangeType.Split(',', StringSplitOptions.TrimEntries).Contains(changeType, StringComparer.OrdinalIgnoreCase);
}
