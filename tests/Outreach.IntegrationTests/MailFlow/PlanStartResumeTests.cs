using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Outreach.Local.Tokens;
using Outreach.Storage;
using Xunit.Abstractions;
using static Outreach.IntegrationTests.MailFlow.MailFlowSteps;

namespace Outreach.IntegrationTests.MailFlow;

/// <summary>
/// A new plan start that storage cut off halfway (people updated, mail replies not yet derived) is finished by
/// saving the same plan again: the end state is the one a run without the outage leaves.
/// </summary>
public sealed class PlanStartResumeTests(MailFlowOutageFixture fixture, ITestOutputHelper output) : IClassFixture<MailFlowOutageFixture>
{
    private static readonly (string First, string Last, string Email)[] People =
    [
        ("Anna", "Adams", "anna@example.com"), ("Ben", "Brown", "ben@example.com"), ("Cara", "Clark", "cara@example.com"),
    ];

    private static readonly DateTimeOffset SentAt = DateTimeOffset.UtcNow.AddDays(-20);

    private static readonly string StartedOn = $"{DateTime.UtcNow.AddDays(-30):yyyy-MM-dd}";

    /// <summary>
    /// The new start's transactions: the people it counts as written (one), then per person with mail the linker's
    /// updater (the person, then the reply row). The outage hits Ben's person: Anna is done, Ben and Cara are not.
    /// </summary>
    private const int BatchAtOutage = 4;

    [Fact]
    public async Task SavingTheSameStartAgainAfterAnOutageFinishesTheRederivationAsACleanRunDoes()
    {
        using var interrupted = await UserWithMailAsync();
        using var clean = await UserWithMailAsync();

        var problem = await Outage.ProblemAsync(
            fixture.StopStorageAtTableBatchAsync(BatchAtOutage),
            fixture.StartStorage,
            () => interrupted.Api.SendJsonAsync(HttpMethod.Put, "api/plan", System.Text.Json.JsonSerializer.Serialize(PlanBody())),
            $"the new start took fewer than {BatchAtOutage} table transactions");
        Assert.Contains("Save the plan again", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var partial = (await interrupted.Api.GetOkAsync("api/replies"))["items"]!.AsArray().Count;
        output.WriteLine($"mail replies listed after the outage: {partial} of {People.Length}");
        Assert.InRange(partial, 1, People.Length - 1);
        Assert.True(await PendingAsync(interrupted), "the unfinished change is not marked pending");

        await interrupted.Api.PutOkAsync("api/plan", PlanBody());
        await clean.Api.PutOkAsync("api/plan", PlanBody());

        var expected = await StateAsync(clean);
        output.WriteLine(expected);
        Assert.Equal(People.Length, (await clean.Api.GetOkAsync("api/replies"))["items"]!.AsArray().Count);
        Assert.Equal(expected, await StateAsync(interrupted));

        // Done is done: nothing is left pending, and saving it once more changes nothing.
        Assert.False(await PendingAsync(interrupted), "the finished change is still marked pending");
        Assert.False(await PendingAsync(clean), "the clean change is still marked pending");
        await interrupted.Api.PutOkAsync("api/plan", PlanBody());
        Assert.Equal(expected, await StateAsync(interrupted));
    }

    private async Task<bool> PendingAsync(MailUser user)
    {
        var table = await fixture.Host.Services.GetRequiredService<OutreachTable>().GetClientAsync(CancellationToken.None);
        var partition = new Auth.UserId(DevelopmentUsers.TenantId, Guid.Parse(user.Mailbox)).PartitionKey;
        var summary = await table.GetEntityIfExistsAsync<TableEntity>(partition, RowKeys.Summary, [nameof(Ledger.SummaryEntity.StartRefreshJson)]);
        return summary.HasValue && summary.Value!.GetString(nameof(Ledger.SummaryEntity.StartRefreshJson)) is not null;
    }

    /// <summary>Each person got a mail 20 days ago and answered it: before a plan that starts earlier, neither counts.</summary>
    private async Task<MailUser> UserWithMailAsync()
    {
        var user = fixture.NewUser();
        await StartAsync(fixture, user, People.Select(p => (p.First, p.Last, (string?)p.Email)).ToArray());
        foreach (var (_, _, email) in People)
        {
            var sent = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, [email], subject: "Long time no see", at: SentAt);
            fixture.Sandbox.Mail.Receive(user.Mailbox, email, inReplyTo: sent.InternetMessageId, at: SentAt.AddHours(3));
        }

        foreach (var (_, _, email) in People)
        {
            await PersonWhenAsync(user, email, p => p["mailHistory"]!["received"]!.GetValue<int>() == 1, $"{email}'s two mails linked");
        }

        await IdleAsync(fixture, user);
        Assert.Empty((await user.Api.GetOkAsync("api/replies"))["items"]!.AsArray());
        return user;
    }

    private static object PlanBody() => new { deadline = Deadline, startedOn = StartedOn };

    /// <summary>What the user sees, without ids (each user has their own): people, replies, Today's progress, the review.</summary>
    private static async Task<string> StateAsync(MailUser user)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var people = new List<string>();
        foreach (var person in (await user.Api.AllPeopleAsync()).OrderBy(p => p["lastName"]!.GetValue<string>(), StringComparer.Ordinal))
        {
            names[person["id"]!.GetValue<string>()] = person["firstName"]!.GetValue<string>();
            people.Add(string.Join('|', person["firstName"], person["status"], person["writtenVia"], person["writtenOn"], person["lastContact"], person["mailHistory"]!.ToJsonString()));
        }

        var replies = (await user.Api.GetOkAsync("api/replies"))["items"]!.AsArray()
            .Select(r => string.Join('|', names[r!["personId"]!.GetValue<string>()], r["channel"], r["receivedAt"], r["outreachSentAt"], r["waiting"]))
            .Order(StringComparer.Ordinal);
        var today = await user.Api.GetOkAsync("api/today");
        var review = await user.Api.GetOkAsync("api/review");
        var counts = await user.Api.GetOkAsync("api/people/counts");
        return string.Join('\n', people.Concat(replies)
            .Append(today["progress"]!.ToJsonString())
            .Append(review["written"]!.ToJsonString())
            .Append(review["replies"]!.ToJsonString())
            .Append(counts.ToJsonString()));
    }
}
