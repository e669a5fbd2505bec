namespace Outreach.Local.Storage;

/// <summary>How to run Azurite. Port 0 means "a free port".</summary>
public sealed record AzuriteOptions
{
    /// <summary>Tests: keep everything in memory. Otherwise <see cref="Location"/> is required.</summary>
    public bool InMemory { get; init; } = true;

    /// <summary>Data folder of a run that must keep its data.</summary>
    public string? Location { get; init; }

    public int BlobPort { get; init; }

    public int QueuePort { get; init; }

    public int TablePort { get; init; }

    /// <summary>Repository root (holds Outreach.sln); found from the running assembly when null.</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>Waiting for the ports after the process started (installing packages comes on top).</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan InstallTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Progress messages ("installing Azurite ...") for a person watching.</summary>
    public Action<string>? Log { get; init; }

    public static AzuriteOptions Defaults(string location) => new()
    {
        InMemory = false,
        Location = location,
        BlobPort = AzuriteProcess.DefaultBlobPort,
        QueuePort = AzuriteProcess.DefaultQueuePort,
        TablePort = AzuriteProcess.DefaultTablePort,
    };
}
