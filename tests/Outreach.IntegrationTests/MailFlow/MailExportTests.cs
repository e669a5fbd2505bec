using static Outreach.IntegrationTests.MailFlow.MailFlowSteps;

namespace Outreach.IntegrationTests.MailFlow;

[Collection(MailFlowCollection.Name)]
public sealed class MailExportTests(MailFlowFixture fixture)
{
    [Fact]
    public async Task ExportAfterLinkingHoldsTheLinkedMessageAndSentIndexRows()
    {
        using var user = fixture.NewUser();
        await StartAsync(fixture, user, ("Paula", "Adams", "paula@example.com"));
        var sent = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["paula@example.com"], subject: "Export me");
        await PersonWhenAsync(user, "paula@example.com", p => p["status"]!.GetValue<string>() == "written", "the mail to be linked");
        await IdleAsync(fixture, user);

        var export = await user.Api.GetOkAsync("api/export");

        var records = export["records"]!.AsArray().Select(r => r!.AsObject()).ToList();
        var linked = Assert.Single(records, r => r["kind"]!.GetValue<string>() == "linkedMessage");
        Assert.Equal(sent.Id, linked["values"]!["link"]!["messageId"]!.GetValue<string>());
        Assert.Contains("paula@example.com", linked["values"]!["link"]!["personAddresses"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Contains(records, r => r["kind"]!.GetValue<string>() == "sentIndex");
        Assert.Contains(records, r => r["kind"]!.GetValue<string>() == "mailbox");
        Assert.Contains(records, r => r["kind"]!.GetValue<string>() == "planQueue" || r["kind"]!.GetValue<string>() == "addressIndex");
        var session = Assert.Single(records, r => r["kind"]!.GetValue<string>() == "graphSignIn");
        Assert.Equal(["note"], session["values"]!.AsObject().Select(p => p.Key));
        Assert.Single(export["people"]!.AsArray());
    }
}
