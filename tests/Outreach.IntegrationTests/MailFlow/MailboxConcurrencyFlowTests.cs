using static Outreach.IntegrationTests.MailFlow.MailFlowSteps;

namespace Outreach.IntegrationTests.MailFlow;

[Collection(MailFlowCollection.Name)]
public sealed class MailboxConcurrencyFlowTests(MailFlowFixture fixture)
{
    private const int People = 30;
    private const int MailsEach = 4;

    [Fact]
    public async Task ABurstOfNotificationsIsLinkedWithoutOneMailboxConcurrencyRefusal()
    {
        using var user = fixture.NewUser();
        var people = Enumerable.Range(0, People).Select(i => ($"Burst{i:00}", "Load", (string?)$"burst{i}@example.com")).ToArray();
        await StartAsync(fixture, user, people);
        fixture.Sandbox.Notifications.Pause();
        try
        {
            for (var round = 0; round < MailsEach; round++)
            {
                for (var i = 0; i < People; i++)
                {
                    fixture.Sandbox.Mail.SendAsUser(user.Mailbox, [$"burst{i}@example.com"], subject: $"Round {round}");
                }
            }
        }
        finally
        {
            fixture.Sandbox.Notifications.Resume();
        }

        await PersonWhenAsync(user, $"burst{People - 1}@example.com", p => p["mailHistory"]!["sent"]!.GetValue<int>() == MailsEach, "the last person's mails to be linked");
        await IdleAsync(fixture, user);

        var sent = 0;
        foreach (var (_, _, email) in people)
        {
            sent += (await PersonAsync(user, email!))["mailHistory"]!["sent"]!.GetValue<int>();
        }

        Assert.Equal(People * MailsEach, sent);
        Assert.Equal(0, fixture.Sandbox.Log.MailboxConcurrencyRefusals(user.Mailbox));
        Assert.InRange(fixture.Sandbox.Faults.PeakConcurrency(user.Mailbox), 1, 4);
    }
}
