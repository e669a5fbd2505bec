using Azure.Data.Tables;
using Azure.Storage.Queues;
using Outreach.Local.Storage;

namespace Outreach.IntegrationTests.Fixtures;

/// <summary>
/// One in-memory Azurite on free ports for a test collection. Tests keep apart by using
/// <see cref="UniqueName"/> for their tables and queues, not by restarting storage.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started.");

    /// <summary>Explicit endpoints with the devstoreaccount1 key, for any Azure Storage client.</summary>
    public string ConnectionString => Azurite.ConnectionString;

    public TableServiceClient Tables() => new(ConnectionString);

    /// <summary>A queue client that encodes like the Functions host (base64).</summary>
    public QueueClient Queue(string name) => new(ConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    /// <summary>A lowercase letters-and-digits name, valid for both tables and queues.</summary>
    public static string UniqueName(string prefix) => prefix.ToLowerInvariant() + Guid.NewGuid().ToString("N")[..12];

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true });

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
