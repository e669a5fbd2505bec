using Azure.Storage.Queues;
using Outreach.IntegrationTests.LocalHost.TestFunctions;
using Outreach.Local.Catalog;

namespace Outreach.IntegrationTests.LocalHost;

/// <summary>Queue triggers polled from real Azurite, with the Functions host's retry and poison rules.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueueTriggerTests(AzuriteFixture storage)
{
    private readonly InvocationLog _log = new();
    private readonly string _queue = AzuriteFixture.UniqueName("probe");

    [Fact]
    public async Task MessageOnTheQueueIsProcessedAndDeleted()
    {
        await using var host = await StartAsync(TestFunctionApp.DefaultHostJson, nameof(QueueProbeFunctions.Record));

        await storage.Queue(_queue).SendMessageAsync("hello");

        var calls = await _log.WaitForAsync(nameof(QueueProbeFunctions.Record));
        Assert.Equal(("hello", 1L), Assert.Single(calls));
        await WaitUntilEmptyAsync(_queue);
    }

    [Fact]
    public async Task TriggerQueueAndItsPoisonQueueExistOnceTheHostHasStarted()
    {
        await using var host = await StartAsync(TestFunctionApp.DefaultHostJson, nameof(QueueProbeFunctions.Record));

        Assert.True((await storage.Queue(_queue).ExistsAsync()).Value);
        Assert.True((await storage.Queue(_queue + "-poison").ExistsAsync()).Value);
    }

    [Fact]
    public async Task JsonMessageBindsToAnObjectWithWebDefaults()
    {
        await using var host = await StartAsync(TestFunctionApp.DefaultHostJson, nameof(QueueProbeFunctions.RecordOrder), parameter: "order");

        await storage.Queue(_queue).SendMessageAsync("""{"id":"A-1","quantity":3}""");

        var calls = await _log.WaitForAsync(nameof(QueueProbeFunctions.RecordOrder));
        Assert.Equal(new ProbeOrder("A-1", 3), Assert.Single(calls));
    }

    [Fact]
    public async Task MessageBindsAsBinaryDataWithItsIdByName()
    {
        await using var host = await StartAsync(TestFunctionApp.DefaultHostJson, nameof(QueueProbeFunctions.RecordBytes));

        var sent = await storage.Queue(_queue).SendMessageAsync("bytes");

        var calls = await _log.WaitForAsync(nameof(QueueProbeFunctions.RecordBytes));
        Assert.Equal(("bytes", sent.Value.MessageId), Assert.Single(calls));
    }

    [Fact]
    public async Task MessageBindsAsTheStorageSdksQueueMessage()
    {
        await using var host = await StartAsync(TestFunctionApp.DefaultHostJson, nameof(QueueProbeFunctions.RecordRaw));

        await storage.Queue(_queue).SendMessageAsync("raw");

        var calls = await _log.WaitForAsync(nameof(QueueProbeFunctions.RecordRaw));
        Assert.Equal(("raw", 1L), Assert.Single(calls));
    }

    [Fact]
    public async Task FailingMessageEndsInThePoisonQueueAfterMaxDequeueCount()
    {
        var hostJson = new { version = "2.0", extensions = new { queues = new { maxDequeueCount = 3 } } };
        await using var host = await StartAsync(hostJson, nameof(QueueProbeFunctions.Fail));

        await storage.Queue(_queue).SendMessageAsync("boom");

        var poisoned = await WaitForPoisonAsync(_queue + "-poison");
        Assert.Equal("boom", poisoned);
        Assert.Equal([1L, 2L, 3L], _log.Of(nameof(QueueProbeFunctions.Fail)).Cast<long>().Order());
        await WaitUntilEmptyAsync(_queue);
    }

    [Fact]
    public async Task MessageStaysInvisibleWhileItsFunctionRunsPastTheVisibilityAndIsDeletedAfter()
    {
        // Renewed every 2 s; without renewal it would be visible again after 4 s, while the function still runs.
        var visibility = TimeSpan.FromSeconds(4);
        var app = TestFunctionApp.Write(TestFunctionApp.DefaultHostJson, TestFunctionApp.Queue<QueueProbeFunctions>(nameof(QueueProbeFunctions.RunLong), "%ProbeQueue%"));
        await using var host = await DispatcherHost.StartAsync(storage, app, _log, new Dictionary<string, string?> { ["ProbeQueue"] = _queue }, visibility);
        var queue = storage.Queue(_queue);

        await queue.SendMessageAsync("11000");
        await _log.WaitForAsync(nameof(QueueProbeFunctions.RunLong));

        // Peek sees only visible messages, and leaves them so.
        var watchUntil = DateTimeOffset.UtcNow + (visibility * 2);
        while (DateTimeOffset.UtcNow < watchUntil)
        {
            Assert.Empty((await queue.PeekMessagesAsync(1)).Value);
            await Task.Delay(200);
        }

        Assert.Equal([1L], (await _log.WaitForAsync(nameof(QueueProbeFunctions.RunLong) + "Done")).Cast<long>());
        await WaitUntilEmptyAsync(_queue);
        Assert.Equal([1L], _log.Of(nameof(QueueProbeFunctions.RunLong)).Cast<long>());
    }

    [Fact]
    public async Task MessageThatIsNotBase64GoesStraightToThePoisonQueue()
    {
        await using var host = await StartAsync(TestFunctionApp.DefaultHostJson, nameof(QueueProbeFunctions.Record));
        var unencoded = new QueueClient(storage.ConnectionString, _queue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });

        await unencoded.SendMessageAsync("not base64 at all!");

        Assert.Equal("not base64 at all!", await WaitForPoisonAsync(_queue + "-poison"));
        Assert.Empty(_log.Of(nameof(QueueProbeFunctions.Record)));
    }

    [Fact]
    public async Task AServiceAsMethodParameterFailsAtStartupNamingTheFunction()
    {
        var app = TestFunctionApp.Write(TestFunctionApp.DefaultHostJson, TestFunctionApp.Queue<QueueProbeFunctions>(nameof(QueueProbeFunctions.NeedsService), "%ProbeQueue%"));

        var error = await Assert.ThrowsAsync<FunctionIndexingException>(
            () => DispatcherHost.StartAsync(storage, app, _log, new Dictionary<string, string?> { ["ProbeQueue"] = _queue }));

        Assert.Contains(nameof(QueueProbeFunctions.NeedsService), error.Message, StringComparison.Ordinal);
        Assert.Contains("'log'", error.Message, StringComparison.Ordinal);
    }

    private Task<Outreach.Local.Hosting.OutreachLocalHost> StartAsync(object hostJson, string method, string parameter = "message")
    {
        // The queue name comes from a setting, as %Name% in a trigger does in Azure.
        var app = TestFunctionApp.Write(hostJson, TestFunctionApp.Queue<QueueProbeFunctions>(method, "%ProbeQueue%", parameter));
        return DispatcherHost.StartAsync(storage, app, _log, new Dictionary<string, string?> { ["ProbeQueue"] = _queue });
    }

    private async Task WaitUntilEmptyAsync(string queue)
    {
        var client = storage.Queue(queue);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            // Counts invisible messages too, so a message still being retried is not mistaken for gone.
            if ((await client.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Queue {queue} still has messages.");
    }

    private async Task<string> WaitForPoisonAsync(string poisonQueue)
    {
        var client = storage.Queue(poisonQueue);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await client.ExistsAsync() && (await client.PeekMessagesAsync(1)).Value is [var message])
            {
                return message.Body.ToString();
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Nothing arrived in {poisonQueue}.");
    }
}
