namespace Outreach.Plan;

/// <summary>
/// <c>start-refresh</c>: a change of the plan's start whose re-derivation has not finished. It names every start
/// some stored rows may still be derived under, so a later run knows which people to derive again.
/// </summary>
public sealed class StartRefreshEntity : ITableEntity
{
    public const string Key = "start-refresh";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = Key;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>ISO days, comma-separated, in order.</summary>
    public string Starts { get; set; } = string.Empty;
}
