using Microsoft.Extensions.DependencyInjection;
using static Outreach.IntegrationTests.MailFlow.MailFlowSteps;

namespace Outreach.IntegrationTests.MailFlow;

/// <summary><c>GET /api/review</c> over real HTTP: mail sent through the sandbox, linked, answered, and the balance it gives.</summary>
[Collection(MailFlowCollection.Name)]
public sealed class ReviewApiTests(MailFlowFixture fixture)
{
    [Fact]
    public async Task TheReviewCountsExactlyTheMailsWrittenElsewhereAndTheReply()
    {
        using var user = fixture.NewUser();
        using var other = fixture.NewUser();
        await StartAsync(fixture, other, ("Zoe", "Other", "zoe@example.com"));
        var otherBefore = await other.Api.GetOkAsync("api/review");
        var day = DateOnly.FromDateTime(DateTime.UtcNow);
        await StartAsync(
            fixture, user, ("Anna", "Adams", "anna@example.com"), ("Ben", "Brown", "ben@example.com"), ("Cleo", "Clark", "cleo@example.com"),
            ("Dan", "Dunn", "dan@example.com"), ("Eve", "Evans", "eve@example.com"));

        // Years ago Ben wrote; today Anna gets a mail begun with Write, Ben one without, Cleo and Dan a group mail.
        fixture.Sandbox.Mail.Receive(user.Mailbox, "ben@example.com", subject: "Long ago", at: DateTimeOffset.UtcNow.AddDays(-800));
        await PersonWhenAsync(user, "ben@example.com", p => p["mailHistory"]!["received"]!.GetValue<int>() == 1, "Ben's old mail in his history");
        var anna = (await PersonAsync(user, "anna@example.com"))["id"]!.GetValue<string>();
        using (var started = await user.Api.Http.PostAsync($"api/people/{anna}/write-started", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, started.StatusCode);
        }

        var toAnna = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["anna@example.com"], subject: "How are you, Anna?");
        fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["ben@example.com"], subject: "Hello Ben");
        fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["cleo@example.com", "dan@example.com"], subject: "Hello you two");
        var eve = (await PersonAsync(user, "eve@example.com"))["id"]!.GetValue<string>();
        await user.Api.PostOkAsync($"api/people/{eve}/written");
        fixture.Sandbox.Mail.Receive(user.Mailbox, "anna@example.com", inReplyTo: toAnna.InternetMessageId, at: toAnna.SentDateTime.AddHours(2));
        await Eventually.ThatAsync(() => user.Api.GetOkAsync("api/replies"), r => r["items"]!.AsArray().Count == 1, "Anna's reply");
        await IdleAsync(fixture, user);

        var period = $"from={day.AddDays(-1):yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}";
        var review = await user.Api.GetOkAsync($"api/review?{period}");

        Assert.Equal($"{day.AddDays(-1):yyyy-MM-dd}|{day.AddDays(1):yyyy-MM-dd}", $"{review["from"]}|{review["to"]}");
        AssertFigures(review["written"], ("total", 3), ("mail", 2), ("linkedIn", 0), ("elsewhere", 1));
        AssertFigures(review["people"], ("inPlan", 5), ("open", 2), ("skipped", 0), ("snoozed", 0), ("needsEmail", 0));
        AssertFigures(review["replies"], ("people", 1), ("awaitingAnswer", 1));
        Assert.Equal(0.333, review["replies"]!["rate"]!.GetValue<double>());
        Assert.Equal(2.0, review["replies"]!["medianHoursToReply"]!.GetValue<double>());
        AssertFigures(review["silence"], ("neverBefore", 2), ("underOneYear", 0), ("oneToFiveYears", 1), ("overFiveYears", 0));
        Assert.Equal(("Ben Brown", 2.2), (review["silence"]!["longest"]!["name"]!.GetValue<string>(), review["silence"]!["longest"]!["years"]!.GetValue<double>()));
        AssertFigures(review["network"], ("careerChanges", 0), ("peopleWhoMoved", 0), ("bouncedAddresses", 0), ("addressesFound", 0));
        Assert.Equal(1, review["timePerMail"]!["mails"]!.GetValue<int>());
        Assert.InRange(review["timePerMail"]!["medianMinutes"]!.GetValue<double>(), 0, 5);
        Assert.Equal(3, review["weeks"]!.AsArray().Sum(w => w!["written"]!.GetValue<int>()));
        Assert.Equal(3, review["weeks"]!.AsArray()[^1]!["cumulative"]!.GetValue<int>());
        Assert.Equal(1, review["weeks"]!.AsArray().Sum(w => w!["replies"]!.GetValue<int>()));
        var highlights = review["highlights"]!.AsArray().ToDictionary(h => h!["kind"]!.GetValue<string>(), h => h!);
        Assert.Equal((anna, 2.0), (highlights["firstReply"]["personId"]!.GetValue<string>(), highlights["firstReply"]["hours"]!.GetValue<double>()));
        Assert.Equal("Ben Brown", highlights["longestSilence"]["name"]!.GetValue<string>());

        // Another user's review is untouched by all of it.
        Assert.Equal(otherBefore.ToJsonString(), (await other.Api.GetOkAsync("api/review")).ToJsonString());
        AssertFigures(otherBefore["written"], ("total", 0), ("mail", 0), ("linkedIn", 0), ("elsewhere", 0));
    }

    [Fact]
    public async Task AHistoryFromBeforeTheReviewRowsIsRebuiltOnceFromThePeople()
    {
        using var user = fixture.NewUser();
        await StartAsync(fixture, user, ("Anna", "Adams", "anna@example.com"), ("Ben", "Brown", "ben@example.com"), ("Cleo", "Clark", "cleo@example.com"));
        var toBen = fixture.Sandbox.Mail.SendAsUser(user.Mailbox, ["ben@example.com"], subject: "Hello Ben");
        var anna = (await PersonAsync(user, "anna@example.com"))["id"]!.GetValue<string>();
        await user.Api.PostOkAsync($"api/people/{anna}/written");
        fixture.Sandbox.Mail.Receive(user.Mailbox, "ben@example.com", inReplyTo: toBen.InternetMessageId, at: toBen.SentDateTime.AddMinutes(30));
        await Eventually.ThatAsync(() => user.Api.GetOkAsync("api/replies"), r => r["items"]!.AsArray().Count == 1, "Ben's reply");
        await IdleAsync(fixture, user);
        var kept = (await user.Api.GetOkAsync("api/review")).ToJsonString();

        // As stored before the review existed: no day rows, no review counters on the summary.
        var partition = new Outreach.Auth.UserId(Local.Tokens.DevelopmentUsers.TenantId, Guid.Parse(user.Mailbox)).PartitionKey;
        var table = await fixture.Host.Services.GetRequiredService<Outreach.Storage.OutreachTable>().GetClientAsync(CancellationToken.None);
        var rows = table.QueryAsync<Azure.Data.Tables.TableEntity>(Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"rv|"} and RowKey lt {"rv}"}"));
        await foreach (var row in rows)
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        await table.UpdateEntityAsync(new Azure.Data.Tables.TableEntity(partition, Outreach.Storage.RowKeys.Summary) { ["ReviewJson"] = "{}" }, Azure.ETag.All);
        var empty = await table.GetEntityAsync<Azure.Data.Tables.TableEntity>(partition, Outreach.Storage.RowKeys.Summary);
        Assert.Equal("{}", empty.Value.GetString("ReviewJson"));

        var rebuilt = await user.Api.GetOkAsync("api/review");

        Assert.Equal(kept, rebuilt.ToJsonString());
        AssertFigures(rebuilt["written"], ("total", 2), ("mail", 1), ("elsewhere", 1));
        AssertFigures(rebuilt["replies"], ("people", 1));
        var summary = await table.GetEntityAsync<Azure.Data.Tables.TableEntity>(partition, Outreach.Storage.RowKeys.Summary);
        Assert.Contains("\"complete\":true", summary.Value.GetString("ReviewJson"), StringComparison.Ordinal);
        Assert.Equal(kept, (await user.Api.GetOkAsync("api/review")).ToJsonString());
    }

    [Fact]
    public async Task MarkingWrittenOnADayWhoseRowIsFullSucceeds()
    {
        using var user = fixture.NewUser();
        await StartAsync(fixture, user, ("Anna", "Adams", "anna@example.com"), ("Ben", "Brown", "ben@example.com"));
        var anna = (await PersonAsync(user, "anna@example.com"))["id"]!.GetValue<string>();
        await user.Api.PostOkAsync($"api/people/{anna}/written");

        // Today's row filled with earlier people (about 2,000) to just under what one row held before shards.
        var partition = new Outreach.Auth.UserId(Local.Tokens.DevelopmentUsers.TenantId, Guid.Parse(user.Mailbox)).PartitionKey;
        var table = await fixture.Host.Services.GetRequiredService<Outreach.Storage.OutreachTable>().GetClientAsync(CancellationToken.None);
        var filter = Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"rv|"} and RowKey lt {"rv}"}");
        var row = Assert.Single(await table.QueryAsync<Azure.Data.Tables.TableEntity>(filter).ToListAsync());
        var day = Assert.Single(Outreach.Review.ReviewDayRow.ReadDays([row]));
        Outreach.Review.WrittenEntry Earlier(int i) => day.Written[anna] with { PersonId = $"earlier-{i:D4}", Name = $"Earlier {i:D4}" };
        var earlier = (299_800 - Outreach.Review.ReviewDayRow.JsonChars(row)) / Outreach.Review.ReviewDayRow.EntryChars(Earlier(0));
        var written = day.Written.Values.Concat(Enumerable.Range(0, earlier).Select(Earlier));
        Outreach.Review.ReviewDayRow.Write(written, day, row);
        await table.UpdateEntityAsync(row, row.ETag, Azure.Data.Tables.TableUpdateMode.Replace);

        var ben = (await PersonAsync(user, "ben@example.com"))["id"]!.GetValue<string>();
        await user.Api.PostOkAsync($"api/people/{ben}/written");

        var rows = await table.QueryAsync<Azure.Data.Tables.TableEntity>(filter).ToListAsync();
        Assert.Equal(earlier + 2, Assert.Single(Outreach.Review.ReviewDayRow.ReadDays(rows)).Written.Count);
        Assert.Equal(2, rows.Count);
        Assert.True(earlier > 1_600);
        Assert.Equal("written", (await PersonAsync(user, "ben@example.com"))["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("from=2026-02-30", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2026-03-02&to=2026-03-01", "from")]
    [InlineData("from=2000-01-01&to=2026-01-01", "to")]
    public async Task ABadPeriodIsA400NamingTheField(string query, string field)
    {
        using var user = fixture.NewUser();

        using var response = await user.Api.Http.GetAsync($"api/review?{query}");

        var problem = await ApiClient.ProblemAsync(response, 400);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task AnEmptyPeriodGivesZerosAndWriteStartedNeedsAPersonOfTheUser()
    {
        using var user = fixture.NewUser();

        var review = await user.Api.GetOkAsync("api/review?from=2026-01-05&to=2026-01-11");

        AssertFigures(review["written"], ("total", 0), ("mail", 0), ("linkedIn", 0), ("elsewhere", 0));
        Assert.Equal(0, review["replies"]!["rate"]!.GetValue<double>());
        Assert.Null(review["replies"]!["medianHoursToReply"]);
        Assert.Null(review["silence"]!["longest"]);
        Assert.Single(review["weeks"]!.AsArray());
        using var missing = await user.Api.Http.PostAsync("api/people/0123456789abcdef01234567/write-started", null);
        await ApiClient.ProblemAsync(missing, 404);
    }

    private static void AssertFigures(JsonNode? figures, params (string Name, int Value)[] expected)
    {
        Assert.NotNull(figures);
        foreach (var (name, value) in expected)
        {
            Assert.True(figures[name]?.GetValue<int>() == value, $"{name}: expected {value} in {figures.ToJsonString()}");
        }
    }
}
