using static Outreach.IntegrationTests.MailFlow.MailFlowSteps;

namespace Outreach.IntegrationTests.MailFlow;

[Collection(MailFlowCollection.Name)]
public sealed class RepliesApiTests(MailFlowFixture fixture)
{
    [Fact]
    public async Task AReplyCarriesItsSubjectTheMailItAnswersAndHowLongTheAnswerTook()
    {
        using var user = fixture.NewUser();
        await StartAsync(fixture, user, ("Paula", "Adams", "paula@example.com"), ("Quinn", "Brown", "quinn@example.com"));
        var sent = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["paula@example.com"], subject: "How are you, Paula?");
        fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["quinn@example.com"], subject: "Hello Quinn");
        var received = fixture.Sandbox.Mail.Receive(
            user.Mailbox, "paula@example.com", subject: "Re: How are you, Paula?", inReplyTo: sent.InternetMessageId, at: sent.SentDateTime.AddHours(26.5));

        var reply = await WaitingReplyAsync(user, received.Id);

        Assert.Equal("Re: How are you, Paula?", reply["subject"]!.GetValue<string>());
        Assert.Equal("mail", reply["channel"]!.GetValue<string>());
        Assert.Equal(sent.Id, reply["answers"]!["messageId"]!.GetValue<string>());
        Assert.Equal("How are you, Paula?", reply["answers"]!["subject"]!.GetValue<string>());
        Assert.True((reply["answers"]!["sentAt"]!.GetValue<DateTimeOffset>() - sent.SentDateTime).Duration() < TimeSpan.FromSeconds(1), reply.ToJsonString());
        Assert.Equal(26.5, reply["hoursToReply"]!.GetValue<double>());
        Assert.Matches("^[0-9a-z-]+$", reply["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task RepliedListsOnlyPeopleWhoAnsweredAndTheCountAgrees()
    {
        using var user = fixture.NewUser();
        await StartAsync(fixture, user, ("Paula", "Adams", "paula@example.com"), ("Quinn", "Brown", "quinn@example.com"), ("Rita", "Cole", "rita@example.com"));
        var sent = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["paula@example.com"], subject: "Hi Paula");
        fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["quinn@example.com"], subject: "Hi Quinn");
        var received = fixture.Sandbox.Mail.Receive(user.Mailbox, "paula@example.com", subject: "Re: Hi Paula", inReplyTo: sent.InternetMessageId);
        await WaitingReplyAsync(user, received.Id);

        // Answered, she stays a person who replied.
        fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["paula@example.com"], subject: "Re: Re: Hi Paula", inReplyTo: received.InternetMessageId);
        await Eventually.ThatAsync(() => user.Api.GetOkAsync("api/replies"), r => r["items"]!.AsArray().Count == 0, "the answer to clear the reply");

        var replied = await user.Api.AllPeopleAsync("status=replied");
        Assert.Equal(["Paula"], replied.Select(p => p["firstName"]!.GetValue<string>()));
        Assert.Equal(1, replied[0]["mailHistory"]!["replies"]!.GetValue<int>());
        var counts = await user.Api.GetOkAsync("api/people/counts");
        Assert.Equal((3, 2, 1, 1), (Count(counts, "all"), Count(counts, "written"), Count(counts, "replied"), Count(counts, "open")));
    }

    [Fact]
    public async Task DismissRemovesTheReplyTwiceOverUntilThePersonWritesAgain()
    {
        using var user = fixture.NewUser();
        await StartAsync(fixture, user, ("Paula", "Adams", "paula@example.com"));
        var sent = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["paula@example.com"], subject: "Hi Paula");
        var first = fixture.Sandbox.Mail.Receive(user.Mailbox, "paula@example.com", subject: "Re: Hi Paula", inReplyTo: sent.InternetMessageId);
        var id = (await WaitingReplyAsync(user, first.Id))["id"]!.GetValue<string>();

        for (var i = 0; i < 2; i++)
        {
            using var dismissed = await user.Api.Http.PostAsync($"api/replies/{id}/dismiss", null);
            Assert.Equal(204, (int)dismissed.StatusCode);
            Assert.Empty((await user.Api.GetOkAsync("api/replies"))["items"]!.AsArray());
        }

        var again = fixture.Sandbox.Mail.Receive(user.Mailbox, "paula@example.com", subject: "One more thing", at: first.ReceivedDateTime.AddMinutes(5));

        var back = await WaitingReplyAsync(user, again.Id);
        Assert.Equal("One more thing", back["subject"]!.GetValue<string>());
        Assert.NotEqual(id, back["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUnknownReplyIsNotFoundAndAnotherUserCannotDismissOne()
    {
        using var user = fixture.NewUser();
        using var other = fixture.NewUser();
        await StartAsync(fixture, user, ("Paula", "Adams", "paula@example.com"));
        var sent = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["paula@example.com"], subject: "Hi Paula");
        var received = fixture.Sandbox.Mail.Receive(user.Mailbox, "paula@example.com", subject: "Re: Hi Paula", inReplyTo: sent.InternetMessageId);
        var id = (await WaitingReplyAsync(user, received.Id))["id"]!.GetValue<string>();
        var personId = id.Split('-')[0];

        foreach (var unknown in new[] { "nope", $"{personId}-{new string('0', 32)}", $"{new string('a', 24)}-{id.Split('-')[1]}" })
        {
            using var response = await user.Api.Http.PostAsync($"api/replies/{unknown}/dismiss", null);
            await ApiClient.ProblemAsync(response, 404);
        }

        using (var foreign = await other.Api.Http.PostAsync($"api/replies/{id}/dismiss", null))
        {
            await ApiClient.ProblemAsync(foreign, 404);
        }

        Assert.Single((await user.Api.GetOkAsync("api/replies"))["items"]!.AsArray());
    }

    private static async Task<JsonObject> WaitingReplyAsync(MailUser user, string messageId)
    {
        var replies = await Eventually.ThatAsync(
            () => user.Api.GetOkAsync("api/replies"),
            r => r["items"]!.AsArray().Any(item => item!["messageId"]!.GetValue<string>() == messageId),
            "the reply to be waiting");
        return replies["items"]!.AsArray().Single(item => item!["messageId"]!.GetValue<string>() == messageId)!.AsObject();
    }

    private static int Count(JsonObject counts, string filter) => counts[filter]!.GetValue<int>();
}
