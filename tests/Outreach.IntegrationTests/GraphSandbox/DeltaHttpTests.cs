using System.Net.Http.Headers;
using Outreach.GraphSandbox;
using Sandbox = Outreach.GraphSandbox.GraphSandbox;

namespace Outreach.IntegrationTests.GraphSandbox;

/// <summary>Delta details the SDK hides: default page size, Preference-Applied, absolute links, refused options.</summary>
public sealed class DeltaHttpTests
{
    private const string Oid = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d";

    [Fact]
    public async Task DefaultPageIsTenAndLinksPointBackToTheSandbox()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        for (var i = 0; i < 12; i++)
        {
            sandbox.Mail.Receive(Oid, $"p{i}@example.com", subject: $"S{i}");
        }

        using var http = Client();
        using var first = await http.GetAsync($"{sandbox.BaseUrl}/me/mailFolders/inbox/messages/delta?$select=subject");
        var page = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        var next = page["@odata.nextLink"]!.GetValue<string>();

        using var request = new HttpRequestMessage(HttpMethod.Get, next);
        request.Headers.Add("Prefer", "odata.maxpagesize=50");
        using var second = await http.SendAsync(request);
        var last = JsonNode.Parse(await second.Content.ReadAsStringAsync())!;

        Assert.Equal(10, page["value"]!.AsArray().Count);
        Assert.StartsWith(sandbox.BaseUrl + "/me/mailFolders('inbox')/messages/delta?$skiptoken=", next, StringComparison.Ordinal);
        Assert.False(first.Headers.Contains("Preference-Applied"));
        Assert.Equal("odata.maxpagesize=50", Assert.Single(second.Headers.GetValues("Preference-Applied")));
        Assert.Equal(2, last["value"]!.AsArray().Count);
        Assert.Equal(["@odata.type", "@odata.etag", "id", "subject"], last["value"]![0]!.AsObject().Select(p => p.Key));
        Assert.StartsWith(sandbox.BaseUrl + "/me/mailFolders('inbox')/messages/delta?$deltatoken=", last["@odata.deltaLink"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopAndFilterAreRefusedOnDelta()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        using var http = Client();

        using var top = await http.GetAsync($"{sandbox.BaseUrl}/me/mailFolders/inbox/messages/delta?$top=5");

        Assert.Equal(HttpStatusCode.BadRequest, top.StatusCode);
    }

    private static HttpClient Client()
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FakeGraphToken.Create(Oid));
        return http;
    }
}
