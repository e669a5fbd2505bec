using Outreach.IntegrationTests.Privacy;
using Outreach.TestFixtures;

namespace Outreach.IntegrationTests.Api;

/// <summary>
/// LinkedIn's whole archive with messages over real HTTP: who counts as written via LinkedIn since the plan's
/// start, replies, history, shared employers, the plan's start moving, idempotence, export, erase and privacy.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class LinkedInMessagesApiTests(LocalHostFixture fixture)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static readonly LinkedInArchive Archive = new(Now);

    private static string Day(int daysAgo) => $"{Archive.DaysAgo(daysAgo).UtcDateTime:yyyy-MM-dd}";

    [Fact]
    public async Task TheArchiveInOneRequestCountsWrittenRepliesHistoryAndSharedEmployers()
    {
        using var api = fixture.NewUser();
        await PlanAsync(api, startedDaysAgo: 30);

        using var response = await api.ImportAsync(Archive.Zip(), "application/zip");

        var text = await response.Content.ReadAsStringAsync();
        var report = await ApiClient.OkAsync(response);
        Assert.DoesNotContain(LinkedInArchive.Marker, text, StringComparison.Ordinal);
        Assert.Equal((5, 2, 1, 2), (report["created"]!.GetValue<int>(), report["linkedInWritten"]!.GetValue<int>(), report["linkedInReplies"]!.GetValue<int>(), report["outsideNetwork"]!.GetValue<int>()));
        var messagesFile = report["files"]!.AsArray().Single(f => f!["readAs"]!.GetValue<string>() == "messages")!;
        Assert.Equal(("Basic_LinkedInDataExport/messages.csv", 9, 0), (messagesFile["name"]!.GetValue<string>(), messagesFile["rows"]!.GetValue<int>(), messagesFile["rejected"]!.AsArray().Count));
        Assert.Equal("profile", report["files"]!.AsArray().Single(f => f!["name"]!.GetValue<string>().EndsWith("Profile.csv", StringComparison.Ordinal))!["readAs"]!.GetValue<string>());

        var people = await PeopleAsync(api);
        Assert.Equal(("written", "linkedIn", Day(20)), Written(people["Jane"]));
        Assert.Equal(("written", "linkedIn", Day(25)), Written(people["José"]));
        Assert.Equal("open", people["Anna"]["status"]!.GetValue<string>());
        var history = people["Jane"]["linkedInHistory"]!;
        Assert.Equal((3, 1), (history["sent"]!.GetValue<int>(), history["received"]!.GetValue<int>()));
        Assert.Equal(Day(400), $"{history["first"]!.GetValue<DateTimeOffset>().UtcDateTime:yyyy-MM-dd}");
        Assert.Equal(Day(15), $"{history["last"]!.GetValue<DateTimeOffset>().UtcDateTime:yyyy-MM-dd}");
        Assert.Equal(Day(15), people["Jane"]["lastContact"]!.GetValue<string>());
        Assert.Equal(0, people["Ben"]["linkedInHistory"]!["sent"]!.GetValue<int>());
        Assert.Equal("Foote, Cone & Belding GmbH", Assert.Single(people["Max"]["sharedEmployers"]!.AsArray())!["company"]!.GetValue<string>());

        var reply = Assert.Single((await api.GetOkAsync("api/replies"))["items"]!.AsArray())!;
        Assert.Equal((people["Jane"]["id"]!.GetValue<string>(), "linkedIn"), (reply["personId"]!.GetValue<string>(), reply["channel"]!.GetValue<string>()));
        Assert.Null(reply["subject"]);

        var review = await api.GetOkAsync("api/review");
        Assert.Equal((2, 2), (review["written"]!["total"]!.GetValue<int>(), review["written"]!["linkedIn"]!.GetValue<int>()));
        Assert.Equal(1, review["replies"]!["awaitingAnswer"]!.GetValue<int>());
        Assert.Equal(1, review["replies"]!["people"]!.GetValue<int>());

        // A LinkedIn reply is a reply everywhere the pane counts them: the filter, its count, the card.
        Assert.Equal(1, history["replies"]!.GetValue<int>());
        Assert.Equal(1, (await api.GetOkAsync("api/people/counts"))["replied"]!.GetValue<int>());
        var replied = Assert.Single((await api.GetOkAsync("api/people?status=replied"))["items"]!.AsArray())!;
        Assert.Equal(people["Jane"]["id"]!.GetValue<string>(), replied["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ImportingTheSameArchiveAgainChangesNothing()
    {
        var name = "li-again-" + Guid.NewGuid().ToString("N")[..8];
        using var api = fixture.User(name);
        await PlanAsync(api, startedDaysAgo: 30);
        await ImportOkAsync(api);
        var before = await SnapshotAsync(api);
        var rows = await ErasePartition.CountAsync(fixture.Storage.ConnectionString, name);

        var again = await ImportOkAsync(api);

        Assert.Equal((0, 0, 5), (again["created"]!.GetValue<int>(), again["updated"]!.GetValue<int>(), again["unchanged"]!.GetValue<int>()));
        Assert.Equal((2, 1), (again["linkedInWritten"]!.GetValue<int>(), again["linkedInReplies"]!.GetValue<int>()));
        Assert.Equal(before, await SnapshotAsync(api));
        Assert.Equal(rows, await ErasePartition.CountAsync(fixture.Storage.ConnectionString, name));
        Assert.Equal(8, await ErasePartition.CountAsync(fixture.Storage.ConnectionString, name, "l|"));
    }

    [Fact]
    public async Task TheReportSaysWhatEachUploadAddedBesideTheTotals()
    {
        using var api = fixture.NewUser();
        await PlanAsync(api, startedDaysAgo: 30);

        var first = await ImportOkAsync(api);
        var again = await ImportOkAsync(api);
        using var later = await api.ImportAsync(Archive.LaterZip(), "application/zip");
        var newer = await ApiClient.OkAsync(later);

        // Eight messages with people of the network (the group one once for each); Jane and José written, Jane answered.
        Assert.Equal(((8, 2, 1), (2, 1, 2)), (Added(first), Totals(first)));
        Assert.Equal(((0, 0, 0), (2, 1, 2)), (Added(again), Totals(again)));
        Assert.Equal(((2, 1, 1), (3, 2, 2)), (Added(newer), Totals(newer)));
        var ben = (await PeopleAsync(api))["Ben"];
        Assert.Equal(("written", "linkedIn", Day(3)), Written(ben));
        Assert.Equal(2, (await api.GetOkAsync("api/replies"))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task MovingThePlansStartEarlierCountsOlderMessagesAndLaterUncountsThem()
    {
        using var api = fixture.NewUser();
        await PlanAsync(api, startedDaysAgo: 30);
        await ImportOkAsync(api);

        await PlanAsync(api, startedDaysAgo: 500);

        var earlier = await PeopleAsync(api);
        Assert.Equal(("written", "linkedIn", Day(400)), Written(earlier["Jane"]));
        Assert.Equal(("written", "linkedIn", Day(200)), Written(earlier["Anna"]));
        Assert.Equal(3, (await api.GetOkAsync("api/people/counts"))["written"]!.GetValue<int>());
        Assert.Equal(3, (await api.GetOkAsync($"api/review?from={Day(500)}&to={Day(0)}"))["written"]!["linkedIn"]!.GetValue<int>());
        Assert.Single((await api.GetOkAsync("api/replies"))["items"]!.AsArray());

        // Jane was counted 20 days ago and now 400: the days the burn-up counts follow her.
        var lastWeeks = await api.GetOkAsync($"api/review?from={Day(100)}&to={Day(0)}");
        Assert.Equal(3, lastWeeks["weeks"]!.AsArray()[^1]!["cumulative"]!.GetValue<int>());

        var plan = await PlanAsync(api, startedDaysAgo: 10);

        Assert.Equal(Day(10), plan["startedOn"]!.GetValue<string>());
        var later = await PeopleAsync(api);
        Assert.All(later.Values, p => Assert.Equal("open", p["status"]!.GetValue<string>()));
        Assert.All(later.Values, p => Assert.Null(p["writtenVia"]));
        Assert.Equal(0, (await api.GetOkAsync("api/today"))["progress"]!["done"]!.GetValue<int>());
        Assert.Empty((await api.GetOkAsync("api/replies"))["items"]!.AsArray());
        Assert.Equal(3, later["Jane"]["linkedInHistory"]!["sent"]!.GetValue<int>());

        await PlanAsync(api, startedDaysAgo: 30);
        Assert.Equal(("written", "linkedIn", Day(20)), Written((await PeopleAsync(api))["Jane"]));
    }

    [Fact]
    public async Task APlanStartAfterTodayIsRefusedNamingTheField()
    {
        using var api = fixture.NewUser();

        using var response = await api.SendJsonAsync(HttpMethod.Put, "api/plan", $$"""{"deadline":"{{Deadline}}","startedOn":"{{DateTime.UtcNow.AddDays(2):yyyy-MM-dd}}","timeZone":"Pacific/Kiritimati"}""");

        var problem = await ApiClient.ProblemAsync(response, 400);
        Assert.NotNull(problem["errors"]!["startedOn"]);
    }

    [Fact]
    public async Task TheExportHoldsTheMessageMetadataAndPositionsButNoTextAndEraseRemovesThem()
    {
        var name = "li-export-" + Guid.NewGuid().ToString("N")[..8];
        using var api = fixture.User(name);
        await PlanAsync(api, startedDaysAgo: 30);
        await ImportOkAsync(api);

        using var export = await api.Http.GetAsync("api/export");
        var text = await export.Content.ReadAsStringAsync();
        var document = await ApiClient.OkAsync(export);

        Assert.DoesNotContain(LinkedInArchive.Marker, text, StringComparison.Ordinal);
        Assert.DoesNotContain("quoted", text, StringComparison.Ordinal);
        var messages = document["records"]!.AsArray().Where(r => r!["kind"]!.GetValue<string>() == "linkedInMessage").ToList();
        Assert.Equal(8, messages.Count);
        Assert.Equal(["at", "conversationId", "direction", "group", "personId"], messages[0]!["values"]!.AsObject().Select(v => v.Key).Order(StringComparer.Ordinal));
        Assert.Equal(2, document["positions"]!.AsArray().Count);
        Assert.Contains(document["people"]!.AsArray(), p => p!["linkedInHistory"]!["sent"]!.GetValue<int>() == 3);

        using (var erase = await api.Http.DeleteAsync("api/me"))
        {
            Assert.True(erase.IsSuccessStatusCode);
        }

        await ErasePartition.WaitDoneAsync(api);
        Assert.Equal(0, await ErasePartition.CountAsync(fixture.Storage.ConnectionString, name));
        var after = await api.GetOkAsync("api/export");
        Assert.Empty(after["positions"]!.AsArray());
        Assert.Empty(after["records"]!.AsArray());
    }

    [Fact]
    public async Task AnotherUserSeesNothingOfTheMessages()
    {
        using var alice = fixture.NewUser();
        using var bob = fixture.NewUser();
        await ImportOkAsync(alice);

        Assert.Empty((await bob.GetOkAsync("api/replies"))["items"]!.AsArray());
        var export = await bob.GetOkAsync("api/export");
        Assert.DoesNotContain(export["records"]!.AsArray(), r => r!["kind"]!.GetValue<string>() == "linkedInMessage");
        Assert.Empty(export["people"]!.AsArray());
    }

    private static readonly string Deadline = $"{DateTime.UtcNow.AddDays(200):yyyy-MM-dd}";

    private static async Task<JsonObject> PlanAsync(ApiClient api, int startedDaysAgo)
        => await api.PutOkAsync("api/plan", new { deadline = Deadline, startedOn = Day(startedDaysAgo), timeZone = "UTC", weekdaysOnly = false });

    private static async Task<JsonObject> ImportOkAsync(ApiClient api)
    {
        using var response = await api.ImportAsync(Archive.Zip(), "application/zip");
        return await ApiClient.OkAsync(response);
    }

    private static (int Messages, int Written, int Replies) Added(JsonObject report)
    {
        var added = report["linkedInAdded"]!;
        return (added["messages"]!.GetValue<int>(), added["written"]!.GetValue<int>(), added["replies"]!.GetValue<int>());
    }

    private static (int Written, int Replies, int OutsideNetwork) Totals(JsonObject report)
        => (report["linkedInWritten"]!.GetValue<int>(), report["linkedInReplies"]!.GetValue<int>(), report["outsideNetwork"]!.GetValue<int>());

    private static async Task<Dictionary<string, JsonObject>> PeopleAsync(ApiClient api)
        => (await api.AllPeopleAsync()).ToDictionary(p => p["firstName"]!.GetValue<string>());

    private static (string, string?, string?) Written(JsonObject person)
        => (person["status"]!.GetValue<string>(), person["writtenVia"]?.GetValue<string>(), person["writtenOn"]?.GetValue<string>());

    private static async Task<string> SnapshotAsync(ApiClient api)
    {
        var people = (await api.AllPeopleAsync()).OrderBy(p => p["id"]!.GetValue<string>(), StringComparer.Ordinal)
            .Select(p => p.ToJsonString());
        var replies = (await api.GetOkAsync("api/replies")).ToJsonString();
        var counts = (await api.GetOkAsync("api/people/counts")).ToJsonString();
        return string.Join('\n', people.Append(replies).Append(counts));
    }
}
