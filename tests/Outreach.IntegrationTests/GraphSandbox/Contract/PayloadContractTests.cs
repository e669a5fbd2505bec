using System.Net.Http.Json;
using System.Text;
using Outreach.GraphSandbox;
using Outreach.GraphSandbox.Subscriptions;
using Sandbox = Outreach.GraphSandbox.GraphSandbox;

namespace Outreach.IntegrationTests.GraphSandbox.Contract;

/// <summary>The sandbox's payloads against Graph's published v1.0 type definitions (<see cref="CsdlTypes"/>).</summary>
public sealed class PayloadContractTests
{
    private const string Oid = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
    private static readonly CsdlTypes Types = CsdlTypes.Load();

    [Fact]
    public async Task MessagesMatchTheMessageTypeWithDefaultAndFullSelect()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var ids = Script(sandbox);
        using var http = SandboxGraphClient.Raw(Oid);
        var everything = string.Join(',', Types.Properties("message").Keys.Where(p => p is not ("body" or "bodyPreview" or "uniqueBody" or "conversationIndex")));

        foreach (var id in ids)
        {
            foreach (var query in new[] { string.Empty, $"?$select={everything}" })
            {
                var message = await http.GetFromJsonAsync<JsonObject>($"{sandbox.BaseUrl}/me/messages/{id}{query}");
                Assert.Empty(Types.Check(message, "message"));
            }
        }

        var full = await http.GetFromJsonAsync<JsonObject>($"{sandbox.BaseUrl}/me/messages/{ids[1]}?$select={everything}");
        Assert.NotEmpty(full!["internetMessageHeaders"]!.AsArray());
    }

    [Fact]
    public async Task DeltaPagesHoldMessagesOfTheMessageType()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var ids = Script(sandbox);
        using var http = SandboxGraphClient.Raw(Oid);
        http.DefaultRequestHeaders.Add("Prefer", "odata.maxpagesize=2");
        var pages = new List<JsonObject>();
        string? link = $"{sandbox.BaseUrl}/me/mailFolders/inbox/messages/delta?$select=subject,from,toRecipients,internetMessageId,internetMessageHeaders,conversationId,flag";
        while (link is not null)
        {
            pages.Add((await http.GetFromJsonAsync<JsonObject>(link))!);
            link = pages[^1]["@odata.nextLink"]?.GetValue<string>();
        }

        // The next round reports the reply that left the folder as @removed.
        sandbox.Mail.Move(Oid, ids[1], "archive");
        pages.Add((await http.GetFromJsonAsync<JsonObject>(pages[^1]["@odata.deltaLink"]!.GetValue<string>()))!);

        var items = pages.SelectMany(p => p["value"]!.AsArray()).ToList();
        Assert.Contains(items, i => i!["@removed"] is not null);
        Assert.All(pages, p => Assert.Equal(["@odata.context", "value", p.ContainsKey("@odata.nextLink") ? "@odata.nextLink" : "@odata.deltaLink"], p.Select(x => x.Key)));
        Assert.All(items, item => Assert.Empty(Types.Check(item, "message")));
    }

    [Fact]
    public async Task BatchResponsesCarryMessagesOfTheMessageType()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var ids = Script(sandbox);
        using var http = SandboxGraphClient.Raw(Oid);
        var steps = new JsonArray([.. ids.Select((id, i) => (JsonNode)new JsonObject { ["id"] = $"{i}", ["method"] = "GET", ["url"] = $"/me/messages/{id}" })]);

        using var answer = await http.PostAsync($"{sandbox.BaseUrl}/$batch", new StringContent(new JsonObject { ["requests"] = steps }.ToJsonString(), Encoding.UTF8, "application/json"));
        var batch = (await answer.Content.ReadFromJsonAsync<JsonObject>())!;

        // The envelope is JSON batching's (learn.microsoft.com/graph/json-batching), not a metadata type.
        Assert.Equal(["responses"], batch.Select(p => p.Key));
        Assert.All(batch["responses"]!.AsArray(), response =>
        {
            Assert.Equal(["id", "status", "headers", "body"], response!.AsObject().Select(p => p.Key));
            Assert.Equal(200, response["status"]!.GetValue<int>());
            Assert.Empty(Types.Check(response["body"], "message"));
        });
    }

    [Fact]
    public async Task SubscriptionsAndNotificationsMatchTheirTypes()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        using var http = SandboxGraphClient.Raw(Oid);
        var request = new JsonObject
        {
            ["changeType"] = "created",
            ["notificationUrl"] = listener.NotificationUrl,
            ["lifecycleNotificationUrl"] = listener.LifecycleUrl,
            ["resource"] = "me/mailFolders('sentitems')/messages",
            ["expirationDateTime"] = DateTimeOffset.UtcNow.AddDays(2).ToString("O"),
            ["clientState"] = "contract-state",
        };

        using var createdAnswer = await http.PostAsJsonAsync($"{sandbox.BaseUrl}/subscriptions", request);
        var created = (await createdAnswer.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = created["id"]!.GetValue<string>();
        var read = await http.GetFromJsonAsync<JsonObject>($"{sandbox.BaseUrl}/subscriptions/{id}");
        using var patchAnswer = await http.PatchAsJsonAsync($"{sandbox.BaseUrl}/subscriptions/{id}", new { expirationDateTime = DateTimeOffset.UtcNow.AddDays(3) });
        var patched = await patchAnswer.Content.ReadFromJsonAsync<JsonObject>();
        var list = await http.GetFromJsonAsync<JsonObject>($"{sandbox.BaseUrl}/subscriptions");
        sandbox.Mail.SendAsUser(Oid, ["jane@example.com"], subject: "Notify me");
        await listener.WaitForNotificationsAsync(1);
        await sandbox.Subscriptions.SendLifecycleEventAsync(id, LifecycleEvent.ReauthorizationRequired);

        Assert.All(new[] { created, read, patched }.Concat(list!["value"]!.AsArray().Select(s => s!.AsObject())), s => Assert.Empty(Types.Check(s, "subscription")));
        var change = Assert.Single(listener.Bodies, b => b["value"]![0]!["changeType"] is not null);
        Assert.Empty(Types.Check(change, "changeNotificationCollection"));

        // A lifecycle notification carries lifecycleEvent instead of changeType (learn.microsoft.com/graph/api/resources/changenotification)
        // and, as Graph sends it, organizationId besides tenantId (msgraph-sdk-java#1551).
        var lifecycle = Assert.Single(listener.Bodies, b => b["value"]![0]!["lifecycleEvent"] is not null)["value"]![0];
        Assert.Empty(Types.Check(lifecycle, "changeNotification", allowed: ["organizationId"], notRequired: ["changeType"]));
    }

    [Fact]
    public void TheCheckFindsUnknownPropertiesWrongKindsAndMissingRequiredOnes()
    {
        var message = JsonNode.Parse("""{"id":"x","subject":5,"from":{"emailAddress":{"address":"a@b.c","nick":"a"}},"isRead":"yes","folderName":"inbox","importance":"urgent"}""");
        var subscription = JsonNode.Parse("""{"id":"s","resource":"me/messages","changeType":"created","notificationUrl":null}""");

        var messageProblems = Types.Check(message, "message");
        var subscriptionProblems = Types.Check(subscription, "subscription");

        Assert.Equal(5, messageProblems.Count);
        Assert.Contains(messageProblems, p => p.StartsWith("message.subject:", StringComparison.Ordinal));
        Assert.Contains(messageProblems, p => p.StartsWith("message.from.emailAddress.nick:", StringComparison.Ordinal));
        Assert.Contains(messageProblems, p => p.StartsWith("message.folderName:", StringComparison.Ordinal));
        Assert.Contains(messageProblems, p => p.StartsWith("message.importance:", StringComparison.Ordinal));
        Assert.Equal(["subscription.notificationUrl: null, but Edm.String is not nullable", "subscription.expirationDateTime: required by subscription, missing"], subscriptionProblems);
    }

    /// <summary>Sent mail, a reply with headers, an auto-reply and a bounce; returns their ids.</summary>
    private static List<string> Script(Sandbox sandbox)
    {
        var sent = sandbox.Mail.SendAsUser(Oid, ["Jane Doe <jane@example.com>"], cc: ["joe@example.com"], subject: "Coffee?");
        var reply = sandbox.Mail.Receive(Oid, "Jane Doe <jane@example.com>", inReplyTo: sent.InternetMessageId);
        var auto = sandbox.Mail.AutoReply(Oid, "joe@example.com", sent.InternetMessageId);
        var bounce = sandbox.Mail.Bounce(Oid, sent.Id);
        return [sent.Id, reply.Id, auto.Id, bounce.Id];
    }
}
