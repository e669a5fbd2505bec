namespace Outreach.Local.Catalog;

/// <summary>The <c>extensions.queues</c> section of host.json, with the Functions host's defaults.</summary>
public sealed record QueueHostSettings
{
    public int MaxDequeueCount { get; init; } = 5;

    public int BatchSize { get; init; } = 16;

    /// <summary>How long a failed message stays invisible before the next attempt (host default: none).</summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;

    /// <summary>The longest wait between polls of an empty queue (host default: one minute).</summary>
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a message being processed stays invisible, renewed at half of it while its function runs —
    /// the host's fixed 10 minutes, not a host.json setting (<see cref="Hosting.LocalHostOptions"/> shortens it for tests).
    /// </summary>
    public TimeSpan ProcessingVisibility { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary><c>base64</c> (the host's default) or <c>none</c>.</summary>
    public string MessageEncoding { get; init; } = "base64";
}
