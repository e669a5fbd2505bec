namespace Outreach.Mail.Subscriptions;

/// <summary>
/// Where a Graph subscription belongs (table <c>OutreachSubscriptions</c>, partition = subscription id):
/// webhooks carry no user token, so the subscription id is how a notification finds its user, and the
/// hashed clientState is how it is told from a forgery.
/// </summary>
public sealed class SubscriptionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string UserPartition { get; set; } = string.Empty;

    public string Folder { get; set; } = string.Empty;

    /// <summary>SHA-256 of the clientState, hex; the secret itself is never stored.</summary>
    public string ClientStateHash { get; set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; set; }
}
