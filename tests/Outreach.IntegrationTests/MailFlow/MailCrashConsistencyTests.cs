using Microsoft.Extensions.DependencyInjection;
using Outreach.Auth;
using Outreach.Local.Tokens;
using Outreach.Mail;
using Outreach.Mail.Graph;
using Outreach.Mail.Linker;
using static Outreach.IntegrationTests.MailFlow.MailFlowSteps;

namespace Outreach.IntegrationTests.MailFlow;

/// <summary>
/// A linker run writes its message rows before it updates the people they involve; a crash in between
/// leaves rows that no person reflects yet. The work (a work row, or a delta link) is only let go after
/// both, so it comes again, and the person is derived again from everything linked.
/// </summary>
[Collection(MailFlowCollection.Name)]
public sealed class MailCrashConsistencyTests(MailFlowFixture fixture)
{
    [Fact]
    public async Task ARunCutOffBetweenItsRowsAndItsPeopleConvergesWhenTheWorkComesAgain()
    {
        using var user = fixture.NewUser();
        await StartAsync(fixture, user, ("Paula", "Adams", "paula@example.com"), ("Quinn", "Brown", "quinn@example.com"));

        // Quinn has mail linked already; Paula has none (her state is then derived without reading rows back).
        fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["quinn@example.com"], subject: "Hello Quinn");
        await PersonWhenAsync(user, "quinn@example.com", p => p["mailHistory"]!["sent"]!.GetValue<int>() == 1, "the first mail to Quinn to be linked");
        await IdleAsync(fixture, user);

        fixture.Sandbox.Notifications.Pause();
        var toPaula = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["paula@example.com"], subject: "How are you, Paula?");
        var fromPaula = fixture.Sandbox.Mail.Receive(user.Mailbox, "paula@example.com", inReplyTo: toPaula.InternetMessageId);
        var toQuinn = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["quinn@example.com"], subject: "And again, Quinn");

        // The run that died: its rows are written, its people never updated.
        await LinkRowsOnlyAsync(user, (toPaula.Id, MailFolder.SentItems), (fromPaula.Id, MailFolder.Inbox), (toQuinn.Id, MailFolder.SentItems));
        var cutOff = await PersonAsync(user, "paula@example.com");
        Assert.Equal(0, cutOff["mailHistory"]!["sent"]!.GetValue<int>());
        Assert.Equal("open", cutOff["status"]!.GetValue<string>());

        // The notifications come (again): the work rows they make are let go only after the people are updated.
        fixture.Sandbox.Notifications.Resume();
        await IdleAsync(fixture, user);

        var paula = await PersonAsync(user, "paula@example.com");
        Assert.Equal(1, paula["mailHistory"]!["sent"]!.GetValue<int>());
        Assert.Equal(1, paula["mailHistory"]!["received"]!.GetValue<int>());
        Assert.Equal("written", paula["status"]!.GetValue<string>());
        var quinn = await PersonAsync(user, "quinn@example.com");
        Assert.Equal(2, quinn["mailHistory"]!["sent"]!.GetValue<int>());
        var replies = await user.Api.GetOkAsync("api/replies");
        Assert.Contains(replies["items"]!.AsArray(), r => r!["personId"]!.GetValue<string>() == paula["id"]!.GetValue<string>());
        Assert.Equal(2, (await user.Api.GetOkAsync("api/today"))["progress"]!["done"]!.GetValue<int>());
    }

    private async Task LinkRowsOnlyAsync(MailUser user, params (string Id, string Folder)[] messages)
    {
        var services = fixture.Host.Services;
        var userId = new UserId(DevelopmentUsers.TenantId, Guid.Parse(user.Mailbox));
        var graph = services.GetRequiredService<UserGraphClientFactory>().CreateClient(userId);
        var reads = await services.GetRequiredService<GraphMessageReader>().ReadAsync(graph, messages.Select(m => m.Id).ToList(), CancellationToken.None);
        var facts = messages.Select(m => GraphMessageMapper.Map(reads[m.Id].Message!, m.Folder)).ToList();
        var run = await services.GetRequiredService<MailLinker>().BeginAsync(userId, CancellationToken.None);
        await MailLinker.LinkAsync(run, facts, CancellationToken.None);
        await run.Rows.FlushAsync(CancellationToken.None);
    }
}
