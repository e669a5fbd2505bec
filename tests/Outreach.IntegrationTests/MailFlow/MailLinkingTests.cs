using System.Text;
using Outreach.GraphSandbox.Faults;
using static Outreach.IntegrationTests.MailFlow.MailFlowSteps;

namespace Outreach.IntegrationTests.MailFlow;

/// <summary>Run in both header modes: <see cref="HeaderModeMailFlowTests"/>.</summary>
public abstract class MailLinkingTests(MailFlowFixture fixture, MailHeaders headers)
{
    [Fact]
    public async Task SentMailLinksTheReplyAppearsAndTheAnswerClearsIt()
    {
        using var user = fixture.NewUser(headers);
        var mailbox = await StartAsync(fixture, user, ("Paula", "Adams", "paula@example.com"), ("Quinn", "Brown", "quinn@example.com"));
        Assert.True(mailbox["connected"]!.GetValue<bool>());
        Assert.Equal("Paula", (await user.Api.GetOkAsync("api/today"))["next"]!["firstName"]!.GetValue<string>());

        var sent = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["paula@example.com"], subject: "How are you, Paula?");

        var today = await Eventually.ThatAsync(() => user.Api.GetOkAsync("api/today"), t => t["progress"]!["done"]!.GetValue<int>() == 1, "the sent mail to be linked");
        Assert.Equal(1, today["progress"]!["doneToday"]!.GetValue<int>());
        Assert.Equal("Quinn", today["next"]!["firstName"]!.GetValue<string>());
        var paula = await PersonAsync(user, "paula@example.com");
        Assert.Equal("written", paula["status"]!.GetValue<string>());
        Assert.Equal("mail", paula["writtenVia"]!.GetValue<string>());

        await headers.NextSecondAsync();
        var reply = fixture.Sandbox.Mail.Receive(user.Mailbox, "paula@example.com", subject: "Re: How are you, Paula?", inReplyTo: sent.InternetMessageId);
        var replies = await Eventually.ThatAsync(() => user.Api.GetOkAsync("api/replies"), r => r["items"]!.AsArray().Count == 1, "the reply to appear");
        Assert.Equal(paula["id"]!.GetValue<string>(), replies["items"]![0]!["personId"]!.GetValue<string>());
        Assert.Equal(reply.Id, replies["items"]![0]!["messageId"]!.GetValue<string>());

        fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["paula@example.com"], subject: "Re: Re: How are you, Paula?", inReplyTo: reply.InternetMessageId);
        await Eventually.ThatAsync(() => user.Api.GetOkAsync("api/replies"), r => r["items"]!.AsArray().Count == 0, "the answer to clear the reply");
        var history = (await PersonAsync(user, "paula@example.com"))["mailHistory"]!;
        Assert.Equal(2, history["sent"]!.GetValue<int>());
        Assert.Equal(1, history["received"]!.GetValue<int>());
        Assert.Equal(1, (await user.Api.GetOkAsync("api/today"))["progress"]!["done"]!.GetValue<int>());
    }

    [Fact]
    public async Task MailToSeveralPeopleOrOnlyInCcCountsForNone()
    {
        using var user = fixture.NewUser(headers);
        await StartAsync(fixture, user, ("Ann", "A", "ann@example.com"), ("Ben", "B", "ben@example.com"), ("Cat", "C", "cat@example.com"), ("Dan", "D", "dan@example.com"));

        fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["ann@example.com", "ben@example.com", "cat@example.com"], subject: "Team update");
        fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["stranger@elsewhere.example"], cc: ["dan@example.com"], subject: "FYI");
        await PersonWhenAsync(user, "dan@example.com", p => p["mailHistory"]!["sent"]!.GetValue<int>() == 1, "the CC mail in Dan's history");
        await PersonWhenAsync(user, "ann@example.com", p => p["mailHistory"]!["sent"]!.GetValue<int>() == 1, "the group mail in Ann's history");
        await IdleAsync(fixture, user);

        var today = await user.Api.GetOkAsync("api/today");
        Assert.Equal(0, today["progress"]!["done"]!.GetValue<int>());
        foreach (var email in new[] { "ann@example.com", "ben@example.com", "cat@example.com", "dan@example.com" })
        {
            Assert.Equal("open", (await PersonAsync(user, email))["status"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task AutoRepliesAreNotRepliesAndABounceMarksTheAddress()
    {
        using var user = fixture.NewUser(headers);
        await StartAsync(fixture, user, ("Eve", "E", "eve@example.com"), ("Fay", "F", "fay@old-job.example"));
        var toEve = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["eve@example.com"], subject: "Hi Eve");
        var toFay = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["fay@old-job.example"], subject: "Hi Fay");
        await PersonWhenAsync(user, "eve@example.com", p => p["status"]!.GetValue<string>() == "written", "Eve written");

        fixture.Sandbox.Mail.AutoReply(user.Mailbox, "eve@example.com", toEve.InternetMessageId);
        fixture.Sandbox.Mail.OutOfOffice(user.Mailbox, "eve@example.com", toEve.InternetMessageId);
        fixture.Sandbox.Mail.Bounce(user.Mailbox, toFay.Id);

        var fay = await PersonWhenAsync(user, "fay@old-job.example", p => p["emails"]![0]!["bounced"]!.GetValue<bool>(), "Fay's address to be marked bounced");
        await IdleAsync(fixture, user);
        Assert.Empty((await user.Api.GetOkAsync("api/replies"))["items"]!.AsArray());
        Assert.Equal(0, (await PersonAsync(user, "eve@example.com"))["mailHistory"]!["received"]!.GetValue<int>());
        Assert.True(fay["emails"]![0]!["bounced"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TheHandshakeAnswersExactlyTheDecodedToken()
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        foreach (var route in new[] { "api/graph/notifications", "api/graph/lifecycle" })
        {
            using var response = await http.PostAsync($"{route}?validationToken={Uri.EscapeDataString("Validation: Token +/= ü")}", null);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Validation: Token +/= ü", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task ForgedUnknownAndMalformedNotificationsAreNotProcessed()
    {
        using var user = fixture.NewUser(headers);
        await StartAsync(fixture, user, ("Gil", "G", "gil@example.com"));
        var subscription = fixture.Sandbox.Subscriptions.All(user.Mailbox).First(s => s.Folder == "sentitems");
        fixture.Sandbox.Notifications.Pause();
        try
        {
            var message = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["gil@example.com"], subject: "held back");
            using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };

            using (var forged = await PostAsync(http, Notification(subscription.Id, "guessed-state", message.Id)))
            {
                Assert.Equal(HttpStatusCode.Accepted, forged.StatusCode);
            }

            using (var unknown = await PostAsync(http, Notification(Guid.NewGuid().ToString(), subscription.ClientState!, message.Id)))
            {
                Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
            }

            using (var malformed = await PostAsync(http, "{\"value\": [ {\"subscriptionId\": "))
            {
                await ApiClient.ProblemAsync(malformed, 400);
            }

            using (var notAnObject = await PostAsync(http, "[1,2,3]"))
            {
                await ApiClient.ProblemAsync(notAnObject, 400);
            }

            // The webhook persists accepted work before it answers: none may be waiting now.
            Assert.Equal(0, await WaitingWorkAsync(fixture, user));
            Assert.Equal(0, (await PersonAsync(user, "gil@example.com"))["mailHistory"]!["sent"]!.GetValue<int>());
        }
        finally
        {
            fixture.Sandbox.Notifications.Resume();
        }

        // The genuine notification links it: the message was linkable all along.
        await PersonWhenAsync(user, "gil@example.com", p => p["status"]!.GetValue<string>() == "written", "the genuine notification to link the mail");
    }

    [Fact]
    public async Task OneGraphRequestInFiveThrottledStillLinksEverythingAndHonoursRetryAfter()
    {
        using var user = fixture.NewUser(headers);
        var people = Enumerable.Range(0, 12).Select(i => ($"Person{i:00}", "Throttle", (string?)$"t{i}@example.com")).ToArray();
        await StartAsync(fixture, user, people);
        fixture.Sandbox.Faults.Throttle(new ThrottleRule { Every = 5, Status = 429, RetryAfterSeconds = 1, PathContains = "/messages" });
        try
        {
            for (var i = 0; i < people.Length; i++)
            {
                fixture.Sandbox.Mail.SendAsUser(user.Mailbox, [$"t{i}@example.com"], subject: $"Hello {i}");
            }

            await Eventually.ThatAsync(() => user.Api.GetOkAsync("api/today"), t => t["progress"]!["done"]!.GetValue<int>() == people.Length, "every mail to be linked despite throttling", TimeSpan.FromSeconds(120));
        }
        finally
        {
            fixture.Sandbox.Faults.StopThrottling();
        }

        // The log is shared by every test of the collection: judge this mailbox's requests.
        Assert.DoesNotContain(fixture.Sandbox.RetryAfterViolations(), v => v.Refused.Mailbox == user.Mailbox);
        Assert.Contains(fixture.Sandbox.Log.Requests, r => r.Status == 429 && r.Mailbox == user.Mailbox);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string json)
        => http.PostAsync("api/graph/notifications", new StringContent(json, Encoding.UTF8, "application/json"));

    private static string Notification(string subscriptionId, string clientState, string messageId)
        => $$$"""{"value":[{"subscriptionId":"{{{subscriptionId}}}","clientState":"{{{clientState}}}","changeType":"created","resource":"Users/x/Messages/{{{messageId}}}","resourceData":{"id":"{{{messageId}}}"}}]}""";
}
