using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Outreach.Ledger;
using Outreach.Local.Tokens;
using Outreach.Storage;

namespace Outreach.IntegrationTests.Api;

[Collection(LocalHostCollection.Name)]
public sealed class PeopleCountsApiTests(LocalHostFixture fixture)
{
    private static readonly string[] Filters = ["open", "written", "replied", "snoozed", "skipped", "needsEmail"];

    [Fact]
    public async Task CountsMatchEachFilterAfterSkipSnoozeAndWritten()
    {
        using var api = fixture.NewUser();
        var ids = await ImportAsync(api);

        await api.PostOkAsync($"api/people/{ids["Ann"]}/skip");
        await api.PostOkAsync($"api/people/{ids["Ben"]}/snooze", new { until = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10) });
        await api.PostOkAsync($"api/people/{ids["Cat"]}/written");

        var counts = await api.GetOkAsync("api/people/counts");
        Assert.Equal(
            (5, 2, 1, 0, 1, 1, 1, 0),
            (Count(counts, "all"), Count(counts, "open"), Count(counts, "written"), Count(counts, "replied"), Count(counts, "snoozed"),
                Count(counts, "skipped"), Count(counts, "needsEmail"), Count(counts, "suggested")));
        await AssertCountsMatchListsAsync(api, counts);

        await api.PostOkAsync($"api/people/{ids["Ann"]}/reopen");
        await api.PostOkAsync($"api/people/{ids["Ben"]}/written");
        counts = await api.GetOkAsync("api/people/counts");
        Assert.Equal((3, 0, 2, 0), (Count(counts, "open"), Count(counts, "snoozed"), Count(counts, "written"), Count(counts, "skipped")));
        await AssertCountsMatchListsAsync(api, counts);
    }

    [Fact]
    public async Task CountsOfAUserFromBeforeTheCountersAreCountedOnceFromThePeople()
    {
        var name = "user-" + Guid.NewGuid().ToString("N");
        using var api = fixture.User(name);
        var ids = await ImportAsync(api);
        await api.PostOkAsync($"api/people/{ids["Ben"]}/snooze", new { until = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3) });

        // Make the summary look as it did before the new counters: flag off, counters missing or wrong.
        var table = await fixture.Host.Services.GetRequiredService<OutreachTable>().GetClientAsync(CancellationToken.None);
        var partition = new Auth.UserId(DevelopmentUsers.TenantId, DevelopmentUsers.ObjectIdFor(name)).PartitionKey;
        var summary = (await table.GetEntityAsync<SummaryEntity>(partition, RowKeys.Summary)).Value;
        (summary.CountsComplete, summary.Replied, summary.Suggested, summary.SnoozedByDayJson) = (false, 7, 7, "{}");
        await table.UpdateEntityAsync(summary, summary.ETag, TableUpdateMode.Replace);

        var counts = await api.GetOkAsync("api/people/counts");

        Assert.Equal((5, 1, 0, 0), (Count(counts, "all"), Count(counts, "snoozed"), Count(counts, "replied"), Count(counts, "suggested")));
        Assert.True((await table.GetEntityAsync<SummaryEntity>(partition, RowKeys.Summary)).Value.CountsComplete);
        await AssertCountsMatchListsAsync(api, counts);
    }

    [Fact]
    public async Task AnUnknownStatusNamesTheAllowedOnes()
    {
        using var api = fixture.NewUser();

        using var response = await api.Http.GetAsync("api/people?status=answered");

        var problem = await ApiClient.ProblemAsync(response, 400);
        Assert.Contains("replied", problem["errors"]!["status"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, string>> ImportAsync(ApiClient api)
    {
        await api.ImportOkAsync(new LinkedInCsv()
            .Add("Ann", "A", "ann@example.com").Add("Ben", "B", "ben@example.com").Add("Cat", "C", "cat@example.com")
            .Add("Dan", "D", "dan@example.com").Add("Eve", "E").ToString());
        return (await api.AllPeopleAsync()).ToDictionary(p => p["firstName"]!.GetValue<string>(), p => p["id"]!.GetValue<string>());
    }

    private static async Task AssertCountsMatchListsAsync(ApiClient api, JsonObject counts)
    {
        Assert.Equal(Count(counts, "all"), (await api.AllPeopleAsync()).Count);
        Assert.Equal(Count(counts, "suggested"), (await api.AllPeopleAsync("suggested=true")).Count);
        foreach (var filter in Filters)
        {
            Assert.True(Count(counts, filter) == (await api.AllPeopleAsync($"status={filter}")).Count, $"{filter}: {counts}");
        }
    }

    private static int Count(JsonObject counts, string filter) => counts[filter]!.GetValue<int>();
}
