using Outreach.Local.Storage;

namespace Outreach.IntegrationTests.LocalHost;

/// <summary>The Azurite the tests and the local run use.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzuriteProcessTests(AzuriteFixture storage)
{
    [Fact]
    public async Task ConnectionStringReachesTablesAndQueues()
    {
        var name = AzuriteFixture.UniqueName("reach");

        await storage.Tables().CreateTableIfNotExistsAsync(name);
        await storage.Queue(name).CreateIfNotExistsAsync();

        Assert.True((await storage.Queue(name).ExistsAsync()).Value);
    }

    [Fact]
    public async Task AnAzuriteAlreadyListeningIsReusedAndLeftRunning()
    {
        var running = storage.Azurite;

        await using (var reused = await AzuriteProcess.StartOrReuseAsync(new AzuriteOptions
        {
            BlobPort = running.BlobPort,
            QueuePort = running.QueuePort,
            TablePort = running.TablePort,
        }))
        {
            Assert.False(reused.IsOwned);
            Assert.Equal(running.ConnectionString, reused.ConnectionString);
        }

        await storage.Tables().CreateTableIfNotExistsAsync(AzuriteFixture.UniqueName("after"));
    }
}
