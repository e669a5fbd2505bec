using System.Net.Http.Json;
using Outreach.GraphSandbox;
using Sandbox = Outreach.GraphSandbox.GraphSandbox;

namespace Outreach.IntegrationTests.GraphSandbox;

public sealed class HeaderModeTests
{
    private const string Oid = "1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private const string Select = "subject,internetMessageId,internetMessageHeaders";

    [Fact]
    public async Task AMailboxThatWithholdsHeadersReturnsNoneOnGetOrDeltaEvenWhenSelected()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var received = sandbox.Mail.Receive(Oid, "jane@example.com", subject: "Hello");
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);
        var before = await client.Me.Messages[received.Id].GetAsync(rc => rc.QueryParameters.Select = Select.Split(','));
        Assert.NotEmpty(before!.InternetMessageHeaders!);

        sandbox.Mail.WithholdHeaders(Oid);

        var after = await client.Me.Messages[received.Id].GetAsync(rc => rc.QueryParameters.Select = Select.Split(','));
        var delta = await client.Me.MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(rc => rc.QueryParameters.Select = Select.Split(','));
        Assert.True(sandbox.Mail.HeadersWithheld(Oid));
        Assert.Null(after!.InternetMessageHeaders);
        Assert.Equal(received.InternetMessageId, after.InternetMessageId);
        Assert.Null(Assert.Single(delta!.Value!).InternetMessageHeaders);
    }

    [Fact]
    public async Task SentItemsCopiesNeverCarryHeadersWhateverTheMode()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var sent = sandbox.Mail.SendAsUser(Oid, ["jane@example.com"], subject: "Sent");
        var received = sandbox.Mail.Receive(Oid, "jane@example.com", inReplyTo: sent.InternetMessageId);
        sandbox.Mail.Move(Oid, received.Id, "sentitems");
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        var delta = await client.Me.MailFolders["sentitems"].Messages.Delta.GetAsDeltaGetResponseAsync(rc => rc.QueryParameters.Select = Select.Split(','));

        Assert.Equal(2, delta!.Value!.Count);
        Assert.All(delta.Value, m => Assert.Null(m.InternetMessageHeaders));
        Assert.False(sandbox.Mail.HeadersWithheld(Oid));
    }

    [Fact]
    public async Task TheControlApiSwitchesAMailboxsHeaderMode()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        using var http = new HttpClient { BaseAddress = sandbox.ControlUrl };

        using var withheld = await http.PutAsJsonAsync($"mailboxes/{Oid}/headers", new { withheld = true });
        var mailboxes = await http.GetFromJsonAsync<JsonArray>("mailboxes");

        withheld.EnsureSuccessStatusCode();
        Assert.True(sandbox.Mail.HeadersWithheld(Oid));
        Assert.True(mailboxes!.Single(m => m!["mailbox"]!.GetValue<string>() == Oid)!["headersWithheld"]!.GetValue<bool>());
        using var returned = await http.PutAsJsonAsync($"mailboxes/{Oid}/headers", new { withheld = false });
        Assert.False(sandbox.Mail.HeadersWithheld(Oid));
    }
}
