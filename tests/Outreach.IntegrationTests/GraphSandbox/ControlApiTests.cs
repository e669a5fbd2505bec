using System.Net.Http.Json;
using Outreach.GraphSandbox;
using Sandbox = Outreach.GraphSandbox.GraphSandbox;

namespace Outreach.IntegrationTests.GraphSandbox;

/// <summary>The scripting and fault API over HTTP, as the pane's browser preview will call it.</summary>
public sealed class ControlApiTests
{
    private const string Oid = "0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b";

    [Fact]
    public async Task MailCanBeScriptedOverHttp()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        using var http = new HttpClient { BaseAddress = sandbox.ControlUrl };

        (await http.PutAsJsonAsync($"mailboxes/{Oid}/owner", new { address = "me@contoso.example", name = "Me" })).EnsureSuccessStatusCode();
        var sent = await ReadAsync(await http.PostAsJsonAsync($"mailboxes/{Oid}/send", new { to = new[] { "Jane Doe <jane@example.com>" }, subject = "Hello" }));
        var reply = await ReadAsync(await http.PostAsJsonAsync($"mailboxes/{Oid}/receive", new { from = "jane@example.com", inReplyTo = sent["internetMessageId"]!.GetValue<string>() }));
        var bounce = await http.PostAsJsonAsync($"mailboxes/{Oid}/bounce", new { messageId = "unknown" });
        var inbox = await http.GetFromJsonAsync<JsonArray>($"mailboxes/{Oid}/messages?folder=inbox");

        Assert.Equal("me@contoso.example", sent["from"]!["address"]!.GetValue<string>());
        Assert.Equal(sent["conversationId"]!.GetValue<string>(), reply["conversationId"]!.GetValue<string>());
        Assert.Equal("Re: Hello", reply["subject"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, bounce.StatusCode);
        Assert.Equal(reply["id"]!.GetValue<string>(), Assert.Single(inbox!)!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task FaultsAndLogAreReachableOverHttp()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        using var http = new HttpClient { BaseAddress = sandbox.ControlUrl };

        (await http.PutAsJsonAsync("faults/throttle", new { every = 1, status = 503, retryAfterSeconds = 2 })).EnsureSuccessStatusCode();
        using var graph = new HttpClient();
        graph.DefaultRequestHeaders.Authorization = new("Bearer", FakeGraphToken.Create(Oid));
        using var refused = await graph.GetAsync(sandbox.BaseUrl + "/me/messages/x");
        var log = await http.GetFromJsonAsync<JsonObject>("log");
        (await http.DeleteAsync("faults")).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var entry = Assert.Single(log!["requests"]!.AsArray())!;
        Assert.Equal(503, entry["status"]!.GetValue<int>());
        Assert.Equal(2, entry["retryAfterSeconds"]!.GetValue<int>());
        Assert.Null(sandbox.Faults.Throttling);
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
