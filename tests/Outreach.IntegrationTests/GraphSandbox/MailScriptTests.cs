using Microsoft.Graph;
using Microsoft.Graph.Models;
using Outreach.GraphSandbox;
using Outreach.GraphSandbox.Mail;
using Sandbox = Outreach.GraphSandbox.GraphSandbox;

namespace Outreach.IntegrationTests.GraphSandbox;

public sealed class MailScriptTests
{
    private const string Oid = "9d0e1f2a-3b4c-4d5e-9f6a-7b8c9d0e1f2a";

    [Fact]
    public async Task ReplyCarriesThreadHeadersAndJoinsTheConversation()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var sent = sandbox.Mail.SendAsUser(Oid, ["jane@example.com"], subject: "Coffee?");
        var reply = sandbox.Mail.Receive(Oid, "Jane Doe <jane@example.com>", inReplyTo: sent.InternetMessageId);
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        var message = await GetWithHeadersAsync(client, reply.Id);
        var sentCopy = await GetWithHeadersAsync(client, sent.Id);

        Assert.Equal("Re: Coffee?", message.Subject);
        Assert.Equal(sent.ConversationId, message.ConversationId);
        Assert.Equal("jane@example.com", message.From!.EmailAddress!.Address);
        Assert.Equal(sent.InternetMessageId, Header(message, "In-Reply-To"));
        Assert.Equal(sent.InternetMessageId, Header(message, "References"));
        Assert.Equal(reply.InternetMessageId, Header(message, "Message-ID"));

        // Exchange keeps no transport headers on the Sent Items copy.
        Assert.Null(sentCopy.InternetMessageHeaders);
    }

    [Fact]
    public async Task UsersAnswerToAReplyExtendsReferences()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var sent = sandbox.Mail.SendAsUser(Oid, ["jane@example.com"], subject: "Coffee?");
        var reply = sandbox.Mail.Receive(Oid, "jane@example.com", inReplyTo: sent.InternetMessageId);
        var answer = sandbox.Mail.SendAsUser(Oid, ["jane@example.com"], subject: "Re: Coffee?", inReplyTo: reply.InternetMessageId);
        var again = sandbox.Mail.Receive(Oid, "jane@example.com", inReplyTo: answer.InternetMessageId);

        Assert.Equal(sent.ConversationId, again.ConversationId);
        Assert.Equal(string.Join(' ', sent.InternetMessageId, reply.InternetMessageId, answer.InternetMessageId), again.Header("References"));
        Assert.Equal("Re: Coffee?", again.Subject);
    }

    [Fact]
    public async Task AutoReplyAndOutOfOfficeAreMarkedAutomatic()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var sent = sandbox.Mail.SendAsUser(Oid, ["jane@example.com"], subject: "Project");
        var autoReply = sandbox.Mail.AutoReply(Oid, "jane@example.com", sent.InternetMessageId);
        var outOfOffice = sandbox.Mail.OutOfOffice(Oid, "jane@example.com", sent.InternetMessageId);
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        var auto = await GetWithHeadersAsync(client, autoReply.Id);
        var oof = await GetWithHeadersAsync(client, outOfOffice.Id);

        Assert.Equal("Automatic reply: Project", auto.Subject);
        Assert.Equal("auto-replied", Header(auto, "Auto-Submitted"));
        Assert.Equal("All", Header(auto, "X-Auto-Response-Suppress"));
        Assert.Equal(sent.InternetMessageId, Header(auto, "In-Reply-To"));
        Assert.Equal("Out of Office: Project", oof.Subject);
        Assert.Equal("auto-generated", Header(oof, "Auto-Submitted"));
    }

    [Fact]
    public async Task BounceIsADeliveryStatusReportFromPostmasterOrMailerDaemon()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        sandbox.Mail.SetOwner(Oid, "me@contoso.example", "Me");
        var sent = sandbox.Mail.SendAsUser(Oid, ["gone@oldcompany.example"], subject: "Long time");
        var exchange = sandbox.Mail.Bounce(Oid, sent);
        var remote = sandbox.Mail.Bounce(Oid, sent.Id, BounceSender.MailerDaemon);
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        var ndr = await GetWithHeadersAsync(client, exchange.Id);
        var daemon = await GetWithHeadersAsync(client, remote.Id);

        Assert.Equal("postmaster@contoso.example", ndr.From!.EmailAddress!.Address);
        Assert.Equal("Undeliverable: Long time", ndr.Subject);
        Assert.StartsWith("multipart/report; report-type=delivery-status", Header(ndr, "Content-Type"), StringComparison.Ordinal);
        Assert.Equal(sent.InternetMessageId, Header(ndr, "In-Reply-To"));
        Assert.Equal(sent.InternetMessageId, Header(ndr, "References"));
        Assert.Equal("MAILER-DAEMON@oldcompany.example", daemon.From!.EmailAddress!.Address);
        Assert.Equal("gone@oldcompany.example", Header(daemon, "X-Failed-Recipients"));
    }

    private static async Task<Message> GetWithHeadersAsync(GraphServiceClient client, string id)
        => (await client.Me.Messages[id].GetAsync(rc => rc.QueryParameters.Select = ["subject", "from", "conversationId", "internetMessageHeaders"]))!;

    private static string? Header(Message message, string name)
        => message.InternetMessageHeaders?.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
}
