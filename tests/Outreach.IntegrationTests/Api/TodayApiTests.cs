namespace Outreach.IntegrationTests.Api;

[Collection(LocalHostCollection.Name)]
public sealed class TodayApiTests(LocalHostFixture fixture)
{
    private static readonly DateOnly Deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);

    private static string Network() => new LinkedInCsv()
        .Add("Carla", "Zeller", "carla@example.com", connectedOn: "5 May 2015")
        .Add("anna", "Ärmel", "anna@example.com", connectedOn: "1 Jan 2019")
        .Add("Bert", "Bauer", "bert@example.com", connectedOn: "2 Feb 2009")
        .Add("Dora", "Dinkel", null, connectedOn: "3 Mar 2001")
        .ToString();

    [Theory]
    [InlineData("byName", new[] { "anna", "Bert", "Carla" })]
    [InlineData("oldestConnection", new[] { "Bert", "Carla", "anna" })]
    [InlineData("longestSilence", new[] { "Bert", "Carla", "anna" })]
    public async Task NextPersonFollowsThePlanOrder(string order, string[] expected)
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(Network());
        await api.PutOkAsync("api/plan", new { deadline = Deadline, order, weekdaysOnly = false });

        var seen = new List<string>();
        for (var i = 0; i < expected.Length; i++)
        {
            var next = (await api.GetOkAsync("api/today"))["next"]!;
            seen.Add(next["firstName"]!.GetValue<string>());
            await api.PostOkAsync($"api/people/{next["id"]}/skip");
        }

        Assert.Equal(expected, seen);
        Assert.Null((await api.GetOkAsync("api/today"))["next"]);
    }

    [Fact]
    public async Task ShuffledOrderIsStableForASeedAndChangesWithIt()
    {
        using var api = fixture.NewUser();
        var csv = new LinkedInCsv();
        for (var i = 0; i < 30; i++)
        {
            csv.Add($"P{i}", "Shuffle", $"p{i}@example.com");
        }

        await api.ImportOkAsync(csv.ToString());
        await api.PutOkAsync("api/plan", new { deadline = Deadline, order = "shuffled", seed = 7 });
        var first = await NextNameAsync(api);
        await api.PutOkAsync("api/plan", new { deadline = Deadline, order = "byName" });
        await api.PutOkAsync("api/plan", new { deadline = Deadline, order = "shuffled", seed = 7 });
        Assert.Equal(first, await NextNameAsync(api));

        var seeds = new HashSet<string>();
        for (var seed = 1; seed <= 5; seed++)
        {
            await api.PutOkAsync("api/plan", new { deadline = Deadline, order = "shuffled", seed });
            seeds.Add(await NextNameAsync(api));
        }

        Assert.True(seeds.Count > 1, "different seeds should not all start with the same person");
    }

    [Fact]
    public async Task PeopleWithoutAnAddressAreExcludedFromNextAndCounted()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(Network());
        await api.PutOkAsync("api/plan", new { deadline = Deadline, order = "oldestConnection" });

        var today = await api.GetOkAsync("api/today");

        Assert.Equal(1, today["needsEmailCount"]!.GetValue<int>());
        Assert.NotEqual("Dora", today["next"]!["firstName"]!.GetValue<string>());
        Assert.Equal(4, today["progress"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task AddingAnAddressPutsThePersonIntoTheQueue()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(Network());
        await api.PutOkAsync("api/plan", new { deadline = Deadline, order = "oldestConnection" });
        var dora = (await api.AllPeopleAsync("status=needsEmail")).Single();

        using var patched = await api.SendJsonAsync(HttpMethod.Patch, $"api/people/{dora["id"]}", """{"emails":["Dora@Example.com "]}""", dora["eTag"]!.GetValue<string>());
        await ApiClient.OkAsync(patched);

        var today = await api.GetOkAsync("api/today");
        Assert.Equal(0, today["needsEmailCount"]!.GetValue<int>());
        Assert.Equal("Dora", today["next"]!["firstName"]!.GetValue<string>());
        Assert.Equal("dora@example.com", today["next"]!["emails"]![0]!["address"]!.GetValue<string>());
    }

    [Fact]
    public async Task WrittenElsewhereCountsOnceAndMovesOn()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(Network());
        await api.PutOkAsync("api/plan", new { deadline = Deadline, order = "byName", weekdaysOnly = false });
        var first = (await api.GetOkAsync("api/today"))["next"]!;

        await api.PostOkAsync($"api/people/{first["id"]}/written");
        await api.PostOkAsync($"api/people/{first["id"]}/written");
        var today = await api.GetOkAsync("api/today");

        Assert.Equal(1, today["progress"]!["done"]!.GetValue<int>());
        Assert.Equal(1, today["progress"]!["doneToday"]!.GetValue<int>());
        Assert.Equal(3, today["progress"]!["remaining"]!.GetValue<int>());
        Assert.NotEqual(first["id"]!.GetValue<string>(), today["next"]!["id"]!.GetValue<string>());
        Assert.Equal("written", (await api.GetOkAsync($"api/people/{first["id"]}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task SnoozedPersonLeavesTheQueueUntilTheDate()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(Network());
        await api.PutOkAsync("api/plan", new { deadline = Deadline, order = "byName" });
        var anna = (await api.GetOkAsync("api/today"))["next"]!;

        var snoozed = await api.PostOkAsync($"api/people/{anna["id"]}/snooze", new { until = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3) });
        var today = await api.GetOkAsync("api/today");

        Assert.NotNull(snoozed["snoozedUntil"]);
        Assert.Equal("Bert", today["next"]!["firstName"]!.GetValue<string>());
        Assert.Single(await api.AllPeopleAsync("status=snoozed"));
        await api.PostOkAsync($"api/people/{anna["id"]}/reopen");
        Assert.Equal("anna", (await api.GetOkAsync("api/today"))["next"]!["firstName"]!.GetValue<string>());
    }

    [Fact]
    public async Task SnoozeInThePastIsABadRequest()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(Network());
        var next = (await api.GetOkAsync("api/today"))["next"]!;

        using var response = await api.SendJsonAsync(HttpMethod.Post, $"api/people/{next["id"]}/snooze", """{"until":"2001-01-01"}""");

        var problem = await ApiClient.ProblemAsync(response, 400);
        Assert.NotNull(problem["errors"]!["until"]);
    }

    [Fact]
    public async Task SkippedPeopleLeaveThePopulation()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(Network());
        var next = (await api.GetOkAsync("api/today"))["next"]!;

        await api.PostOkAsync($"api/people/{next["id"]}/skip");

        var progress = (await api.GetOkAsync("api/today"))["progress"]!;
        Assert.Equal(3, progress["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task EmptyNetworkHasNoNextPerson()
    {
        using var api = fixture.NewUser();

        var today = await api.GetOkAsync("api/today");

        Assert.Null(today["next"]);
        Assert.Equal(0, today["progress"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task PlanIsValidatedFieldByField()
    {
        using var api = fixture.NewUser();

        using var response = await api.SendJsonAsync(HttpMethod.Put, "api/plan", """{"deadline":"2001-01-01","target":0,"timeZone":"Mars/Olympus"}""");

        var problem = await ApiClient.ProblemAsync(response, 400);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("deadline") && errors.ContainsKey("target") && errors.ContainsKey("timeZone"), errors.ToJsonString());
    }

    [Theory]
    [InlineData("{\"deadline\":")]
    [InlineData("[1,2]")]
    [InlineData("{\"deadline\":\"not a date\"}")]
    [InlineData("{\"deadline\":\"2030-01-01\",\"colour\":\"blue\"}")]
    public async Task MalformedPlanJsonIsABadRequest(string json)
    {
        using var api = fixture.NewUser();

        using var response = await api.SendJsonAsync(HttpMethod.Put, "api/plan", json);

        await ApiClient.ProblemAsync(response, 400);
    }

    [Fact]
    public async Task PlanRoundTripsAndKeepsItsStartDate()
    {
        using var api = fixture.NewUser();
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(100);

        var saved = await api.PutOkAsync("api/plan", new { deadline, target = 50, weekdaysOnly = false, order = "byName", timeZone = "Europe/Berlin" });
        var read = await api.GetOkAsync("api/plan");

        Assert.Equal(saved.ToJsonString(), read.ToJsonString());
        Assert.Equal(50, read["target"]!.GetValue<int>());
        Assert.Equal("Europe/Berlin", read["timeZone"]!.GetValue<string>());
    }

    private static async Task<string> NextNameAsync(ApiClient api)
        => (await api.GetOkAsync("api/today"))["next"]!["firstName"]!.GetValue<string>();
}
