using static Outreach.IntegrationTests.MailFlow.MailFlowSteps;

namespace Outreach.IntegrationTests.MailFlow;

/// <summary>A plan that starts in the past: the stored mail links decide again who counts as written, with no new backfill.</summary>
[Collection(MailFlowCollection.Name)]
public sealed class PlanStartMailTests(MailFlowFixture fixture)
{
    [Fact]
    public async Task MovingThePlansStartEarlierCountsEarlierMailsAndTheirRepliesAndLaterUncountsThem()
    {
        using var user = fixture.NewUser();
        await StartAsync(fixture, user, ("Anna", "Adams", "anna@example.com"), ("Ben", "Brown", "ben@example.com"));
        var sent = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["anna@example.com"], subject: "Long time no see", at: DateTimeOffset.UtcNow.AddDays(-20));
        fixture.Sandbox.Mail.Receive(user.Mailbox, "anna@example.com", inReplyTo: sent.InternetMessageId, at: sent.SentDateTime.AddHours(3));
        await PersonWhenAsync(user, "anna@example.com", p => p["mailHistory"]!["sent"]!.GetValue<int>() == 1 && p["mailHistory"]!["received"]!.GetValue<int>() == 1, "Anna's two mails linked");
        await IdleAsync(fixture, user);
        Assert.Equal("open", (await PersonAsync(user, "anna@example.com"))["status"]!.GetValue<string>());
        Assert.Empty((await user.Api.GetOkAsync("api/replies"))["items"]!.AsArray());

        await user.Api.PutOkAsync("api/plan", new { deadline = Deadline, startedOn = DaysAgo(30) });

        var anna = await PersonAsync(user, "anna@example.com");
        Assert.Equal(("written", "mail", $"{sent.SentDateTime.UtcDateTime:yyyy-MM-dd}"), (anna["status"]!.GetValue<string>(), anna["writtenVia"]!.GetValue<string>(), anna["writtenOn"]!.GetValue<string>()));
        var reply = Assert.Single((await user.Api.GetOkAsync("api/replies"))["items"]!.AsArray())!;
        Assert.Equal((anna["id"]!.GetValue<string>(), "mail"), (reply["personId"]!.GetValue<string>(), reply["channel"]!.GetValue<string>()));
        Assert.Equal(1, (await user.Api.GetOkAsync("api/today"))["progress"]!["done"]!.GetValue<int>());

        await user.Api.PutOkAsync("api/plan", new { deadline = Deadline, startedOn = DaysAgo(10) });

        anna = await PersonAsync(user, "anna@example.com");
        Assert.Equal("open", anna["status"]!.GetValue<string>());
        Assert.Null(anna["writtenVia"]);
        Assert.Equal(1, anna["mailHistory"]!["sent"]!.GetValue<int>());
        Assert.Empty((await user.Api.GetOkAsync("api/replies"))["items"]!.AsArray());
        Assert.Equal(0, (await user.Api.GetOkAsync("api/today"))["progress"]!["done"]!.GetValue<int>());
    }

    private static string DaysAgo(int days) => $"{DateTime.UtcNow.AddDays(-days):yyyy-MM-dd}";
}
