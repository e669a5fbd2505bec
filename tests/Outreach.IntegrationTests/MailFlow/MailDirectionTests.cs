using System.Net.Http.Json;
using static Outreach.IntegrationTests.MailFlow.MailFlowSteps;

namespace Outreach.IntegrationTests.MailFlow;

[Collection(MailFlowCollection.Name)]
public sealed class MailDirectionTests(MailFlowFixture fixture)
{
    [Fact]
    public async Task ASentMessageNotifiedThroughTheInboxSubscriptionCountsAsSent()
    {
        using var user = fixture.NewUser();

        // A mailbox with history: the backfill sees what Sent Items and Inbox hold.
        fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["old.friend@elsewhere.example"], subject: "Long ago", at: DateTimeOffset.UtcNow.AddYears(-2));
        fixture.Sandbox.Mail.Receive(user.Mailbox, "old.friend@elsewhere.example", subject: "Re: Long ago", at: DateTimeOffset.UtcNow.AddYears(-2).AddDays(1));
        await StartAsync(fixture, user, ("Paula", "Adams", "paula@example.com"), ("Quinn", "Brown", "quinn@example.com"));

        var sent = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["paula@example.com"], subject: "How are you, Paula?");
        await PersonWhenAsync(user, "paula@example.com", p => p["mailHistory"]!["sent"]!.GetValue<int>() == 1, "the sent mail to be linked");
        await IdleAsync(fixture, user);

        // The same message announced by the inbox subscription, as Graph may do.
        var inbox = fixture.Sandbox.Subscriptions.All(user.Mailbox).Single(s => s.Folder == "inbox");
        using var webhook = new HttpClient();
        var response = await webhook.PostAsJsonAsync(inbox.NotificationUrl, new
        {
            value = new[]
            {
                new
                {
                    subscriptionId = inbox.Id,
                    clientState = inbox.ClientState,
                    changeType = "created",
                    resource = $"Users/{user.Mailbox}/Messages/{sent.Id}",
                    resourceData = new { id = sent.Id },
                    tenantId = inbox.TenantId,
                },
            },
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await IdleAsync(fixture, user);

        var paula = await PersonAsync(user, "paula@example.com");
        Assert.Equal(1, paula["mailHistory"]!["sent"]!.GetValue<int>());
        Assert.Equal(0, paula["mailHistory"]!["received"]!.GetValue<int>());
        Assert.Equal("written", paula["status"]!.GetValue<string>());
        Assert.Equal(1, (await user.Api.GetOkAsync("api/today"))["progress"]!["done"]!.GetValue<int>());
    }
}
