using System.Net.Http.Json;
using System.Text;
using Microsoft.Graph;
using Outreach.GraphSandbox;
using Outreach.GraphSandbox.Faults;
using Sandbox = Outreach.GraphSandbox.GraphSandbox;

namespace Outreach.IntegrationTests.GraphSandbox;

public sealed class MailboxConcurrencyTests
{
    private const string Oid = "7e6d5c4b-3a2f-4e1d-9c8b-7a6f5e4d3c2b";
    private const string OtherOid = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";

    [Fact]
    public async Task AFifthConcurrentRequestGets429MailboxConcurrencyWithRetryAfter()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        var received = sandbox.Mail.Receive(Oid, "jane@example.com", subject: "Busy");
        var holding = await HoldSlotsAsync(sandbox, listener, 4);
        using var http = SandboxGraphClient.Raw(Oid);

        using var refused = await http.GetAsync($"{sandbox.BaseUrl}/me/messages/{received.Id}");
        using var other = SandboxGraphClient.Raw(OtherOid);
        using var otherMailbox = await other.GetAsync($"{sandbox.BaseUrl}/me/mailFolders/inbox/messages/delta");
        var error = (await refused.Content.ReadFromJsonAsync<JsonObject>())!["error"]!;
        await ReleaseSlotsAsync(listener, holding);
        using var control = new HttpClient { BaseAddress = sandbox.ControlUrl };
        var counts = await control.GetFromJsonAsync<JsonObject>($"log/mailbox-concurrency?mailbox={Oid}");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("ApplicationThrottled", error["code"]!.GetValue<string>());
        Assert.Equal("Application is over its MailboxConcurrency limit.", error["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, otherMailbox.StatusCode);
        Assert.Equal(1, sandbox.Log.MailboxConcurrencyRefusals(Oid));
        Assert.Equal(FaultInjector.MailboxConcurrencyFault, sandbox.Log.Requests.Single(r => r.Status == 429).Fault);
        Assert.Equal(1, counts!["refusals"]!.GetValue<int>());
        Assert.Equal(4, counts["peak"]!.GetValue<int>());
        Assert.Equal(4, counts["limit"]!.GetValue<int>());
    }

    [Fact]
    public async Task BatchStepsTakeSlotsAndTheFirstWaveBeyondTheFreeOnesIsRefused()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        var ids = Enumerable.Range(0, 6).Select(i => sandbox.Mail.Receive(Oid, "jane@example.com", subject: $"Mail {i}").Id).ToList();
        var holding = await HoldSlotsAsync(sandbox, listener, 2);
        using var http = SandboxGraphClient.Raw(Oid);
        var steps = new JsonArray([.. ids.Select((id, i) => (JsonNode)new JsonObject { ["id"] = $"{i}", ["method"] = "GET", ["url"] = $"/me/messages/{id}?$select=subject" })]);

        using var batch = await http.PostAsync($"{sandbox.BaseUrl}/$batch", new StringContent(new JsonObject { ["requests"] = steps }.ToJsonString(), Encoding.UTF8, "application/json"));
        var statuses = (await batch.Content.ReadFromJsonAsync<JsonObject>())!["responses"]!.AsArray()
            .ToDictionary(r => r!["id"]!.GetValue<string>(), r => r!["status"]!.GetValue<int>());
        await ReleaseSlotsAsync(listener, holding);

        // Four steps go out at once; two find the mailbox's two free slots, two find it full.
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        Assert.Equal([200, 200, 429, 429, 200, 200], Enumerable.Range(0, 6).Select(i => statuses[$"{i}"]));
        Assert.Equal(2, sandbox.Log.MailboxConcurrencyRefusals(Oid));
        Assert.Equal(4, sandbox.Faults.PeakConcurrency(Oid));
    }

    [Fact]
    public async Task ABatchOfTwentyAloneRunsFourAtATimeWithoutRefusals()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var ids = Enumerable.Range(0, 20).Select(i => sandbox.Mail.Receive(Oid, "jane@example.com", subject: $"Mail {i}").Id).ToList();
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);
        var batch = new BatchRequestContentCollection(client);
        foreach (var id in ids)
        {
            await batch.AddBatchRequestStepAsync(client.Me.Messages[id].ToGetRequestInformation());
        }

        var response = await client.Batch.PostAsync(batch);

        Assert.All((await response.GetResponsesStatusCodesAsync()).Values, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(0, sandbox.Log.MailboxConcurrencyRefusals());
        Assert.Equal(4, sandbox.Faults.PeakConcurrency(Oid));
    }

    /// <summary>Subscriptions whose handshakes the listener holds until released: each holds a slot meanwhile.</summary>
    private static async Task<List<Task>> HoldSlotsAsync(Sandbox sandbox, WebhookListener listener, int slots)
    {
        listener.HoldHandshakes();
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);
        var holding = new List<Task>();
        for (var i = 0; i < slots; i++)
        {
            var subscription = SubscriptionTests.NewSubscription(listener, DateTimeOffset.UtcNow.AddDays(1));
            subscription.LifecycleNotificationUrl = null;
            holding.Add(client.Subscriptions.PostAsync(subscription));
        }

        await listener.WaitForHandshakesAsync(slots);
        return holding;
    }

    private static Task ReleaseSlotsAsync(WebhookListener listener, List<Task> holding)
    {
        listener.ReleaseHandshakes();
        return Task.WhenAll(holding);
    }
}
