using Microsoft.Graph.Models.ODataErrors;
using Outreach.GraphSandbox;
using Sandbox = Outreach.GraphSandbox.GraphSandbox;

namespace Outreach.IntegrationTests.GraphSandbox;

public sealed class MessageAndAuthTests
{
    private const string Oid = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";

    [Fact]
    public async Task MessageGetHonoursSelectAndRecordsImmutableIdPreference()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        sandbox.Mail.SetOwner(Oid, "me@contoso.example", "Mia Example");
        var sent = sandbox.Mail.SendAsUser(Oid, ["Jane Doe <jane@example.com>"], cc: ["cc@example.com"], subject: "Catching up");
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        var message = await client.Me.Messages[sent.Id].GetAsync(rc =>
        {
            rc.QueryParameters.Select = ["subject", "toRecipients", "ccRecipients", "from", "conversationId", "internetMessageId", "parentFolderId", "sentDateTime"];
            SandboxGraphClient.PreferImmutableIds(rc.Headers);
        });

        Assert.Equal(sent.Id, message!.Id);
        Assert.Equal("Catching up", message.Subject);
        Assert.Equal("jane@example.com", Assert.Single(message.ToRecipients!).EmailAddress!.Address);
        Assert.Equal("Jane Doe", message.ToRecipients![0].EmailAddress!.Name);
        Assert.Equal("cc@example.com", Assert.Single(message.CcRecipients!).EmailAddress!.Address);
        Assert.Equal("me@contoso.example", message.From!.EmailAddress!.Address);
        Assert.Equal(sent.ConversationId, message.ConversationId);
        Assert.Equal(sent.InternetMessageId, message.InternetMessageId);
        Assert.NotNull(message.ParentFolderId);
        Assert.Null(message.ReceivedDateTime);
        Assert.Null(message.Body);
        Assert.True(Assert.Single(sandbox.Log.Requests).ImmutableIdPreferred);
    }

    [Fact]
    public async Task UnknownOrDifferentlyCasedIdIs404ItemNotFound()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var received = sandbox.Mail.Receive(Oid, "jane@example.com", subject: "Hi");
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        var unknown = await Assert.ThrowsAsync<ODataError>(() => client.Me.Messages["AAkALgAAunknown"].GetAsync());
        var lowered = await Assert.ThrowsAsync<ODataError>(() => client.Me.Messages[received.Id.ToLowerInvariant()].GetAsync());

        Assert.Equal(404, unknown.ResponseStatusCode);
        Assert.Equal("ErrorItemNotFound", unknown.Error?.Code);
        Assert.Equal(404, lowered.ResponseStatusCode);
    }

    [Fact]
    public async Task SelectingTheBodyIsRefusedUnderMailReadBasic()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var received = sandbox.Mail.Receive(Oid, "jane@example.com", subject: "Hi");
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        var error = await Assert.ThrowsAsync<ODataError>(() => client.Me.Messages[received.Id].GetAsync(rc => rc.QueryParameters.Select = ["subject", "body"]));

        Assert.Equal(403, error.ResponseStatusCode);
        Assert.Equal("ErrorAccessDenied", error.Error?.Code);
    }

    [Fact]
    public async Task MailboxesAreKeyedByTheTokensOid()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var mine = sandbox.Mail.Receive(Oid, "jane@example.com", subject: "Mine");
        var someoneElse = SandboxGraphClient.Create(sandbox.BaseUrl, "00000000-1111-2222-3333-444444444444");

        var error = await Assert.ThrowsAsync<ODataError>(() => someoneElse.Me.Messages[mine.Id].GetAsync());

        Assert.Equal(404, error.ResponseStatusCode);
    }

    [Fact]
    public async Task MissingTokenIs401AndMissingScopeIs403()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        using var http = new HttpClient();

        using var anonymous = await http.GetAsync(sandbox.BaseUrl + "/me/messages/x");
        var withoutScope = SandboxGraphClient.Create(sandbox.BaseUrl, Oid, scopes: "User.Read");
        var forbidden = await Assert.ThrowsAsync<ODataError>(() => withoutScope.Me.Messages["x"].GetAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var error = JsonNode.Parse(await anonymous.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("InvalidAuthenticationToken", error["code"]!.GetValue<string>());
        Assert.Equal(403, forbidden.ResponseStatusCode);
        Assert.Equal("ErrorAccessDenied", forbidden.Error?.Code);
    }
}
