using Outreach.GraphSandbox.Faults;
using static Outreach.IntegrationTests.MailFlow.MailFlowSteps;

namespace Outreach.IntegrationTests.MailFlow;

/// <summary>Run in both header modes: <see cref="HeaderModeMailFlowTests"/>.</summary>
public abstract class MailOrderTests(MailFlowFixture fixture, MailHeaders headers)
{
    // One start time for every variant, so their mail histories can be compared as they are.
    private static readonly DateTimeOffset T0 = DateTimeOffset.UtcNow;

    private static readonly (string, string, string?)[] Network =
        [("Hana", "H", "hana@example.com"), ("Ivo", "I", "ivo@example.com"), ("Jon", "J", "jon@bounce.example")];

    [Theory]
    [InlineData(3, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    public async Task DuplicatedOrReversedNotificationsEndInTheSameStateAsInOrder(int copies, bool reverse)
    {
        using var inOrder = fixture.NewUser(headers);
        using var disordered = fixture.NewUser(headers);
        await StartAsync(fixture, inOrder, Network);
        await StartAsync(fixture, disordered, Network);

        await PlayAsync(inOrder);
        fixture.Sandbox.Faults.Notifications = new NotificationFaults { Copies = copies, ReverseBursts = reverse };
        try
        {
            await PlayAsync(disordered, asOneBurst: true);
        }
        finally
        {
            fixture.Sandbox.Faults.Notifications = NotificationFaults.None;
        }

        Assert.Equal(await StateAsync(inOrder), await StateAsync(disordered));
        var expected = await StateAsync(inOrder);
        Assert.Contains("\"status\":\"written\"", expected, StringComparison.Ordinal);
        Assert.Contains("\"bounced\":true", expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExpiredDeltaTokenResyncsWithoutDuplicateLinks()
    {
        using var user = fixture.NewUser(headers);
        var reply = await PrepareHistoryAsync(user);
        var before = await StateAsync(user);

        fixture.Sandbox.Faults.ExpireDeltaTokens(user.Mailbox, "inbox");
        fixture.Sandbox.Faults.ExpireDeltaTokens(user.Mailbox, "sentitems");
        var resyncFrom = DateTimeOffset.UtcNow;
        await user.Api.PostOkAsync("api/mailbox/connect");
        await IdleAsync(fixture, user, resyncFrom);

        Assert.Equal(before, await StateAsync(user));
        Assert.Contains(fixture.Sandbox.Log.Requests, r => r.Status == 410);
        Assert.NotNull(reply);
    }

    [Fact]
    public async Task AMessageMovedToAnotherFolderAndBackStaysOneLink()
    {
        using var user = fixture.NewUser(headers);
        var reply = await PrepareHistoryAsync(user);
        var before = await StateAsync(user);

        fixture.Sandbox.Mail.Move(user.Mailbox, reply.Id, "archive");
        fixture.Sandbox.Mail.Move(user.Mailbox, reply.Id, "inbox");
        var syncFrom = DateTimeOffset.UtcNow;
        await user.Api.PostOkAsync("api/mailbox/connect");
        await IdleAsync(fixture, user, syncFrom);

        Assert.Equal(before, await StateAsync(user));
        Assert.Equal(1, (await PersonAsync(user, "hana@example.com"))["mailHistory"]!["received"]!.GetValue<int>());
    }

    private async Task<Outreach.GraphSandbox.Mail.SandboxMessage> PrepareHistoryAsync(MailUser user)
    {
        await StartAsync(fixture, user, Network);
        var sent = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["hana@example.com"], subject: "Hello Hana");
        await headers.NextSecondAsync();
        var reply = fixture.Sandbox.Mail.Receive(user.Mailbox, "hana@example.com", inReplyTo: sent.InternetMessageId);
        await Eventually.ThatAsync(() => user.Api.GetOkAsync("api/replies"), r => r["items"]!.AsArray().Count == 1, "the reply");
        await IdleAsync(fixture, user);
        return reply;
    }

    /// <summary>Sent mail, a reply, an answer, a second reply, a bounce: the story every variant tells.</summary>
    private async Task PlayAsync(MailUser user, bool asOneBurst = false)
    {
        try
        {
            if (asOneBurst)
            {
                fixture.Sandbox.Notifications.Pause();
            }

            var t0 = T0;
            var toHana = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["hana@example.com"], subject: "Hello Hana", at: t0);
            var fromHana = fixture.Sandbox.Mail.Receive(user.Mailbox, "hana@example.com", inReplyTo: toHana.InternetMessageId, at: t0.AddMinutes(1));
            fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["hana@example.com"], subject: "Re: Hello Hana", inReplyTo: fromHana.InternetMessageId, at: t0.AddMinutes(2));
            var toIvo = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["ivo@example.com"], subject: "Hello Ivo", at: t0.AddMinutes(3));
            fixture.Sandbox.Mail.Receive(user.Mailbox, "ivo@example.com", inReplyTo: toIvo.InternetMessageId, at: t0.AddMinutes(4));
            var toJon = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["jon@bounce.example"], subject: "Hello Jon", at: t0.AddMinutes(5));
            fixture.Sandbox.Mail.Bounce(user.Mailbox, toJon.Id, at: t0.AddMinutes(6));
        }
        finally
        {
            // Resumed whatever happened: the sandbox is shared by the whole collection.
            fixture.Sandbox.Notifications.Resume();
        }

        await IdleAsync(fixture, user);
    }

    /// <summary>Everything a user can see of the outcome, without ids that differ between users.</summary>
    private static async Task<string> StateAsync(MailUser user)
    {
        var people = new JsonArray();
        foreach (var email in Network.Select(n => n.Item3!))
        {
            var person = await PersonAsync(user, email);
            people.Add(new JsonObject
            {
                ["email"] = email,
                ["status"] = person["status"]!.DeepClone(),
                ["writtenOn"] = person["writtenOn"]?.DeepClone(),
                ["mailHistory"] = person["mailHistory"]!.DeepClone(),
                ["emails"] = person["emails"]!.DeepClone(),
            });
        }

        var replies = (await user.Api.GetOkAsync("api/replies"))["items"]!.AsArray().Select(r => r!["firstName"]!.GetValue<string>()).Order().ToList();
        var progress = (await user.Api.GetOkAsync("api/today"))["progress"]!;
        return new JsonObject
        {
            ["people"] = people,
            ["replies"] = new JsonArray(replies.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray()),
            ["done"] = progress["done"]!.DeepClone(),
            ["doneToday"] = progress["doneToday"]!.DeepClone(),
        }.ToJsonString();
    }
}
