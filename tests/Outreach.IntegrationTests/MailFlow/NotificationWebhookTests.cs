using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Outreach.Storage;
using static Outreach.IntegrationTests.MailFlow.MailFlowSteps;

namespace Outreach.IntegrationTests.MailFlow;

/// <summary>The webhook as an attacker meets it: oversized bodies, forged items beside genuine ones, a sniffable echo.</summary>
[Collection(MailFlowCollection.Name)]
public sealed class NotificationWebhookTests(MailFlowFixture fixture)
{
    [Fact]
    public async Task ABodyOfFiveThousandUnknownSubscriptionsIsRefusedBeforeAnyLookup()
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        var counter = fixture.Host.Services.GetRequiredService<StorageRequestCounter>();
        var items = Enumerable.Range(0, 5000).Select(i => Item(Guid.NewGuid().ToString(), "guess", $"message-{i}"));

        // What the webhook itself could cost: a lookup of a subscription (a point read of its row, whose key is
        // empty) or a queued body. The host's timers take leases and poll queues meanwhile, whatever the webhook does.
        static bool WebhookWork(string kind) => kind is "table point read" or "queue send";
        await StorageRequestCount.QuietAsync(counter, WebhookWork);
        var before = counter.Breakdown();
        using var response = await PostAsync(http, items);

        var problem = await ApiClient.ProblemAsync(response, 413);
        Assert.Contains("1,000", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var made = StorageRequestCount.Since(counter, before, WebhookWork);
        Assert.True(made.Count == 0, "storage requests while the body was refused: " + StorageRequestCount.Describe(made));
    }

    [Fact]
    public async Task ForgedItemsBesideAGenuineOneAreNotQueued()
    {
        using var user = fixture.NewUser();
        await StartAsync(fixture, user, ("Hal", "H", "hal@example.com"), ("Ida", "I", "ida@example.com"));
        var subscription = fixture.Sandbox.Subscriptions.All(user.Mailbox).First(s => s.Folder == "sentitems");
        fixture.Sandbox.Notifications.Pause();
        try
        {
            var toHal = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["hal@example.com"], subject: "genuine");
            var toIda = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["ida@example.com"], subject: "announced by forgers");
            using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };

            using var response = await PostAsync(http, [
                Item(subscription.Id, subscription.ClientState!, toHal.Id),
                Item(subscription.Id, "wrong-state", toIda.Id),
                Item(subscription.Id, null, toIda.Id),
                Item(Guid.NewGuid().ToString(), subscription.ClientState!, toIda.Id),
            ]);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

            // All accepted items of a body become work together, so once Hal's mail is linked and no
            // work waits, Ida's would have been linked beside it had a forged item been queued.
            await PersonWhenAsync(user, "hal@example.com", p => p["status"]!.GetValue<string>() == "written", "the genuine item to be linked");
            await Eventually.ThatAsync(() => WaitingWorkAsync(fixture, user), n => n == 0, "no linker work to be left");
            var ida = await PersonAsync(user, "ida@example.com");
            Assert.Equal("open", ida["status"]!.GetValue<string>());
            Assert.Equal(0, ida["mailHistory"]!["sent"]!.GetValue<int>());
        }
        finally
        {
            fixture.Sandbox.Notifications.Resume();
        }
    }

    [Fact]
    public async Task BodiesArrivingTogetherShareQueueMessagesAndEveryMessageIsLinkedOnce()
    {
        using var user = fixture.NewUser();
        string[] addresses = ["jo@example.com", "kai@example.com", "lu@example.com"];
        await StartAsync(fixture, user, ("Jo", "J", addresses[0]), ("Kai", "K", addresses[1]), ("Lu", "L", addresses[2]));
        var subscription = fixture.Sandbox.Subscriptions.All(user.Mailbox).First(s => s.Folder == "sentitems");
        fixture.Sandbox.Notifications.Pause();
        try
        {
            var mails = Enumerable.Range(0, 30)
                .Select(i => fixture.Sandbox.Mail.SendAsUser(user.Mailbox, [addresses[i % 3]], subject: $"Catching up {i}").Id)
                .ToList();
            using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };

            // Each mail in its own body, each announced twice, all at once: Graph's way on a busy morning.
            var responses = await Task.WhenAll(mails.Concat(mails).Select(id => PostAsync(http, [Item(subscription.Id, subscription.ClientState!, id)])));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
            foreach (var response in responses)
            {
                response.Dispose();
            }

            foreach (var address in addresses)
            {
                await PersonWhenAsync(user, address, p => p["mailHistory"]!["sent"]!.GetValue<int>() == 10, $"all ten mails to {address} to be linked");
            }

            await Eventually.ThatAsync(() => WaitingWorkAsync(fixture, user), n => n == 0, "no linker work to be left");
            foreach (var address in addresses)
            {
                Assert.Equal(10, (await PersonAsync(user, address))["mailHistory"]!["sent"]!.GetValue<int>());
            }
        }
        finally
        {
            fixture.Sandbox.Notifications.Resume();
        }
    }

    [Fact]
    public async Task TheHandshakeEchoIsNeverSniffed()
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        foreach (var route in new[] { "api/graph/notifications", "api/graph/lifecycle" })
        {
            using var response = await http.PostAsync($"{route}?validationToken={Uri.EscapeDataString("<script>alert(1)</script>")}", null);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, IEnumerable<JsonObject> items)
        => http.PostAsync("api/graph/notifications", new StringContent(new JsonObject { ["value"] = new JsonArray([.. items]) }.ToJsonString(), Encoding.UTF8, "application/json"));

    private static JsonObject Item(string subscriptionId, string? clientState, string messageId) => new()
    {
        ["subscriptionId"] = subscriptionId,
        ["clientState"] = clientState,
        ["changeType"] = "created",
        ["resource"] = $"Users/x/Messages/{messageId}",
        ["resourceData"] = new JsonObject { ["id"] = messageId },
    };
}
