using Outreach.GraphSandbox.Faults;
using Outreach.GraphSandbox.Subscriptions;
using Outreach.Local.Tokens;
using static Outreach.IntegrationTests.MailFlow.MailFlowSteps;

namespace Outreach.IntegrationTests.MailFlow;

/// <summary>Run in both header modes: <see cref="HeaderModeMailFlowTests"/>.</summary>
public abstract class MailboxLifecycleTests(MailFlowFixture fixture, MailHeaders headers)
{
    [Fact]
    public async Task ARemovedSubscriptionIsRecreatedAndTheFolderResynced()
    {
        using var user = fixture.NewUser(headers);
        await StartAsync(fixture, user, ("Kai", "K", "kai@example.com"));
        var inbox = fixture.Sandbox.Subscriptions.All(user.Mailbox).Single(s => s.Folder == "inbox");

        await fixture.Sandbox.Subscriptions.SendLifecycleEventAsync(inbox.Id, LifecycleEvent.SubscriptionRemoved);

        await Eventually.ThatAsync(
            () => Task.FromResult(fixture.Sandbox.Subscriptions.All(user.Mailbox).Where(s => s.Folder == "inbox").Select(s => s.Id).ToList()),
            ids => ids.Count == 1 && ids[0] != inbox.Id,
            "a new inbox subscription");
        var sent = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["kai@example.com"], subject: "Hi Kai");
        await headers.NextSecondAsync();
        fixture.Sandbox.Mail.Receive(user.Mailbox, "kai@example.com", inReplyTo: sent.InternetMessageId);
        await Eventually.ThatAsync(() => user.Api.GetOkAsync("api/replies"), r => r["items"]!.AsArray().Count == 1, "the reply through the new subscription");
    }

    [Fact]
    public async Task ReauthorizationRequiredIsAnswered()
    {
        using var user = fixture.NewUser(headers);
        await StartAsync(fixture, user, ("Lea", "L", "lea@example.com"));
        var sentItems = fixture.Sandbox.Subscriptions.All(user.Mailbox).Single(s => s.Folder == "sentitems");
        var from = fixture.Sandbox.Log.Requests.Count;

        await fixture.Sandbox.Subscriptions.SendLifecycleEventAsync(sentItems.Id, LifecycleEvent.ReauthorizationRequired);

        await Eventually.ThatAsync(
            () => Task.FromResult(fixture.Sandbox.Log.Requests.Skip(from).Any(r => r.PathAndQuery.Contains($"subscriptions/{sentItems.Id}/reauthorize", StringComparison.OrdinalIgnoreCase) && r.Status < 300)),
            done => done,
            "the subscription to be reauthorized");
    }

    [Fact]
    public async Task ALostSessionMarksTheMailboxReconnectNeededWithoutALoop()
    {
        using var user = fixture.NewUser(headers);
        await StartAsync(fixture, user, ("Max", "M", "max@example.com"));
        var objectId = Guid.Parse(user.Mailbox);
        fixture.Host.GraphTokens.SetAccessTokenLifetime(DevelopmentUsers.TenantId, objectId, TimeSpan.FromSeconds(1));
        await user.Api.PostOkAsync("api/mailbox/connect");
        await IdleAsync(fixture, user, DateTimeOffset.UtcNow.AddSeconds(-1));
        await Task.Delay(TimeSpan.FromSeconds(2));
        fixture.Host.GraphTokens.RevokeRefreshTokens(DevelopmentUsers.TenantId, objectId);

        fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["max@example.com"], subject: "after revoke");
        var mailbox = await Eventually.ThatAsync(() => user.Api.GetOkAsync("api/mailbox"), m => m["reconnectNeeded"]!.GetValue<bool>(), "reconnect needed");

        Assert.False(string.IsNullOrWhiteSpace(mailbox["reconnectReason"]?.GetValue<string>()));
        var connected = await user.Api.PostOkAsync("api/mailbox/connect");
        Assert.False(connected["reconnectNeeded"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AMessageThatKeepsFailingGoesToThePoisonQueueAndShowsOnTheMailbox()
    {
        using var user = fixture.NewUser(headers);
        await StartAsync(fixture, user, ("Nia", "N", "nia@example.com"));
        try
        {
            fixture.Sandbox.Notifications.Pause();
            var doomed = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["nia@example.com"], subject: "never readable");
            fixture.Sandbox.Faults.Throttle(new ThrottleRule { Every = 1, Status = 503, RetryAfterSeconds = 1, PathContains = doomed.Id });
            fixture.Sandbox.Notifications.Resume();
            var mailbox = await Eventually.ThatAsync(() => user.Api.GetOkAsync("api/mailbox"), m => m["poisonCount"]!.GetValue<int>() == 1, "the message in the poison queue", TimeSpan.FromSeconds(150));
            Assert.Contains("throttling", mailbox["lastPoisonReason"]!.GetValue<string>(), StringComparison.Ordinal);
        }
        finally
        {
            fixture.Sandbox.Faults.StopThrottling();
            fixture.Sandbox.Notifications.Resume();
        }

        Assert.Equal(0, await WaitingWorkAsync(fixture, user));
    }

    [Fact]
    public async Task PeopleWithoutAnAddressGetSuggestionsFromTheMailbox()
    {
        using var user = fixture.NewUser(headers);
        fixture.Sandbox.Mail.Receive(user.Mailbox, new Outreach.GraphSandbox.Mail.SandboxAddress("hans.mueller@work.example", "Hans Mueller"), subject: "Lunch?", at: DateTimeOffset.UtcNow.AddYears(-2));
        await StartAsync(fixture, user, ("Hans", "Müller", null), ("Oda", "O", "oda@example.com"));

        var today = await Eventually.ThatAsync(() => user.Api.GetOkAsync("api/today"), t => t["suggestions"]!.AsArray().Count == 1, "a suggestion in today");
        var hans = today["suggestions"]![0]!;
        Assert.Equal("hans.mueller@work.example", hans["suggestions"]![0]!["address"]!.GetValue<string>());
        var person = await user.Api.GetOkAsync($"api/people/{hans["personId"]}");
        Assert.Single(person["suggestions"]!.AsArray());

        var accepted = await user.Api.PostOkAsync($"api/people/{hans["personId"]}/suggestions/accept", new { address = "hans.mueller@work.example" });

        Assert.Equal("hans.mueller@work.example", accepted["emails"]![0]!["address"]!.GetValue<string>());
        Assert.Equal("mailbox", accepted["emails"]![0]!["source"]!.GetValue<string>());
        today = await user.Api.GetOkAsync("api/today");
        Assert.Empty(today["suggestions"]!.AsArray());
        Assert.Equal(0, today["needsEmailCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task PeopleWithoutAnAddressCanBeListedBySuggestionsFirst()
    {
        using var user = fixture.NewUser(headers);
        fixture.Sandbox.Mail.Receive(user.Mailbox, new Outreach.GraphSandbox.Mail.SandboxAddress("lea.schmidt@work.example", "Lea Schmidt"), subject: "Hello", at: DateTimeOffset.UtcNow.AddYears(-1));
        await StartAsync(fixture, user, ("Lea", "Schmidt", null), ("Ole", "Nobody", null), ("Ida", "I", "ida@example.com"));
        await Eventually.ThatAsync(() => user.Api.GetOkAsync("api/today"), t => t["suggestions"]!.AsArray().Count == 1, "a suggestion in today");

        var suggested = Assert.Single(await user.Api.AllPeopleAsync("status=needsEmail&suggested=true"));
        var without = Assert.Single(await user.Api.AllPeopleAsync("status=needsEmail&suggested=false"));

        Assert.Equal("Lea", suggested["firstName"]!.GetValue<string>());
        Assert.Equal("lea.schmidt@work.example", suggested["suggestions"]![0]!["address"]!.GetValue<string>());
        Assert.Equal("Ole", without["firstName"]!.GetValue<string>());
        Assert.Empty(without["suggestions"]!.AsArray());
        using var bad = await user.Api.Http.GetAsync("api/people?suggested=maybe");
        await ApiClient.ProblemAsync(bad, 400);
    }

    [Fact]
    public async Task BackfilledHistoryGivesContextButDoesNotCountAsWritten()
    {
        using var user = fixture.NewUser(headers);
        var old = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["pia@example.com"], subject: "Long ago", at: new DateTimeOffset(2016, 5, 3, 9, 0, 0, TimeSpan.Zero));
        fixture.Sandbox.Mail.Receive(user.Mailbox, "pia@example.com", inReplyTo: old.InternetMessageId, at: new DateTimeOffset(2016, 5, 4, 9, 0, 0, TimeSpan.Zero));
        fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["pia@example.com"], subject: "Later", at: new DateTimeOffset(2016, 9, 1, 9, 0, 0, TimeSpan.Zero));

        await StartAsync(fixture, user, ("Pia", "P", "pia@example.com"));

        var pia = await PersonAsync(user, "pia@example.com");
        Assert.Equal("open", pia["status"]!.GetValue<string>());
        Assert.Equal(2, pia["mailHistory"]!["sent"]!.GetValue<int>());
        Assert.Equal(1, pia["mailHistory"]!["received"]!.GetValue<int>());
        Assert.Equal(2016, pia["mailHistory"]!["last"]!.GetValue<DateTimeOffset>().Year);
        Assert.Equal("2016-09-01", pia["lastContact"]!.GetValue<string>());
        Assert.Empty((await user.Api.GetOkAsync("api/replies"))["items"]!.AsArray());
        Assert.Equal(0, (await user.Api.GetOkAsync("api/today"))["progress"]!["done"]!.GetValue<int>());
    }

    [Fact]
    public async Task SubscriptionsAreRenewedBeforeTheyLapse()
    {
        using var user = fixture.NewUser(headers);
        await StartAsync(fixture, user, ("Rui", "R", "rui@example.com"));
        var before = fixture.Sandbox.Subscriptions.All(user.Mailbox).ToDictionary(s => s.Id, s => s.ExpirationDateTime);
        var from = fixture.Sandbox.Log.Requests.Count;

        var syncFrom = DateTimeOffset.UtcNow;
        await user.Api.PostOkAsync("api/mailbox/connect");
        await IdleAsync(fixture, user, syncFrom);

        Assert.Contains(fixture.Sandbox.Log.Requests.Skip(from), r => r.Method == "PATCH" && r.PathAndQuery.StartsWith("subscriptions/", StringComparison.Ordinal) && r.Status == 200);
        var after = fixture.Sandbox.Subscriptions.All(user.Mailbox);
        Assert.Equal(2, after.Count);
        Assert.All(after, s => Assert.True(!before.ContainsKey(s.Id) || s.ExpirationDateTime > before[s.Id]));
        Assert.All(after, s => Assert.True(s.ExpirationDateTime <= DateTimeOffset.UtcNow.AddMinutes(10_080)));
    }
}
