namespace Outreach.IntegrationTests.Api;

[Collection(LocalHostCollection.Name)]
public sealed class PeopleApiTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task StaleIfMatchIsRejectedAndNothingIsOverwritten()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", "jane@example.com").ToString());
        var jane = Assert.Single(await api.AllPeopleAsync());
        var path = $"api/people/{jane["id"]}";
        var staleETag = jane["eTag"]!.GetValue<string>();
        using (var first = await api.SendJsonAsync(HttpMethod.Patch, path, """{"notes":"first"}""", staleETag))
        {
            var saved = await ApiClient.OkAsync(first);
            Assert.Equal(saved["eTag"]!.GetValue<string>(), first.Headers.ETag?.ToString());
        }

        using var second = await api.SendJsonAsync(HttpMethod.Patch, path, """{"notes":"second"}""", staleETag);

        await ApiClient.ProblemAsync(second, 412);
        Assert.Equal("first", (await api.GetOkAsync(path))["notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatchWithoutIfMatchIsRefused()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", "jane@example.com").ToString());
        var jane = Assert.Single(await api.AllPeopleAsync());

        using var response = await api.SendJsonAsync(HttpMethod.Patch, $"api/people/{jane["id"]}", """{"notes":"x"}""");

        await ApiClient.ProblemAsync(response, 428);
    }

    [Fact]
    public async Task PatchRejectsBadAddressesWithFieldErrors()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe").ToString());
        var jane = Assert.Single(await api.AllPeopleAsync());

        using var response = await api.SendJsonAsync(HttpMethod.Patch, $"api/people/{jane["id"]}", """{"emails":["not an address"]}""", jane["eTag"]!.GetValue<string>());

        var problem = await ApiClient.ProblemAsync(response, 400);
        Assert.NotNull(problem["errors"]!["emails"]);
    }

    [Theory]
    [InlineData("""{"tags":[null]}""", "tags")]
    [InlineData("""{"tags":["friend",null]}""", "tags")]
    [InlineData("""{"emails":[null]}""", "emails")]
    public async Task PatchWithNullInAListIsA400NamingTheField(string body, string field)
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", "jane@example.com").ToString());
        var jane = Assert.Single(await api.AllPeopleAsync());

        using var response = await api.SendJsonAsync(HttpMethod.Patch, $"api/people/{jane["id"]}", body, jane["eTag"]!.GetValue<string>());

        var problem = await ApiClient.ProblemAsync(response, 400);
        Assert.NotNull(problem["errors"]![field]);
        var after = await api.GetOkAsync($"api/people/{jane["id"]}");
        Assert.Equal(jane["eTag"]!.GetValue<string>(), after["eTag"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatchWithIfMatchStarIsRefusedLikeAMissingIfMatch()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", "jane@example.com").ToString());
        var jane = Assert.Single(await api.AllPeopleAsync());

        using var response = await api.SendJsonAsync(HttpMethod.Patch, $"api/people/{jane["id"]}", """{"notes":"overwrite"}""", "*");

        var problem = await ApiClient.ProblemAsync(response, 428);
        Assert.Contains("If-Match", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, (await api.GetOkAsync($"api/people/{jane["id"]}"))["notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListPagesWithACursorAndSearchesByNameOrCompany()
    {
        using var api = fixture.NewUser();
        var csv = new LinkedInCsv();
        for (var i = 0; i < 120; i++)
        {
            csv.Add($"Person{i:000}", "Paged", company: i % 10 == 0 ? "Contoso" : "Fabrikam");
        }

        csv.Add("Renée", "Müller", company: "Zürich Versicherung");
        await api.ImportOkAsync(csv.ToString());

        var firstPage = await api.GetOkAsync("api/people?pageSize=50");
        Assert.Equal(50, firstPage["items"]!.AsArray().Count);
        Assert.NotNull(firstPage["cursor"]);
        var all = await api.AllPeopleAsync();
        Assert.Equal(121, all.Select(p => p["id"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(12, (await api.AllPeopleAsync("search=contoso")).Count);
        Assert.Equal("Renée", Assert.Single(await api.AllPeopleAsync("search=RENEE"))["firstName"]!.GetValue<string>());
        Assert.Single(await api.AllPeopleAsync("search=zurich"));
        Assert.Single(await api.AllPeopleAsync("search=renee%20mu"));
    }

    [Fact]
    public async Task ListFiltersByStatus()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(new LinkedInCsv().Add("A", "One", "a@example.com").Add("B", "Two", "b@example.com").Add("C", "Three").ToString());
        var a = (await api.AllPeopleAsync("search=one")).Single();
        await api.PostOkAsync($"api/people/{a["id"]}/written");

        Assert.Single(await api.AllPeopleAsync("status=written"));
        Assert.Single(await api.AllPeopleAsync("status=needsEmail"));
        Assert.Equal(2, (await api.AllPeopleAsync("status=open")).Count);
        using var bad = await api.Http.GetAsync("api/people?status=sleeping");
        await ApiClient.ProblemAsync(bad, 400);
    }

    [Fact]
    public async Task MalformedCursorIsABadRequest()
    {
        using var api = fixture.NewUser();

        using var response = await api.Http.GetAsync("api/people?cursor=%21%21not-a-cursor");

        await ApiClient.ProblemAsync(response, 400);
    }

    [Fact]
    public async Task AnotherUsersCursorShowsNoneOfTheirPeople()
    {
        using var alice = fixture.NewUser();
        using var mallory = fixture.NewUser();
        var csv = new LinkedInCsv();
        for (var i = 0; i < 5; i++)
        {
            csv.Add($"Secret{i}", "Person");
        }

        await alice.ImportOkAsync(csv.ToString());
        var cursor = (await alice.GetOkAsync("api/people?pageSize=2"))["cursor"]!.GetValue<string>();

        using var response = await mallory.Http.GetAsync("api/people?cursor=" + Uri.EscapeDataString(cursor));

        if (response.IsSuccessStatusCode)
        {
            Assert.Empty((await ApiClient.OkAsync(response))["items"]!.AsArray());
        }
        else
        {
            await ApiClient.ProblemAsync(response, 400);
        }
    }

    [Theory]
    [InlineData("api/people/0123456789abcdef01234567")]
    [InlineData("api/people/..%2F..%2Fsummary")]
    [InlineData("api/people/lookup?email=nobody%40example.com")]
    public async Task UnknownPersonIsNotFound(string path)
    {
        using var api = fixture.NewUser();

        using var response = await api.Http.GetAsync(path);

        await ApiClient.ProblemAsync(response, 404);
    }

    [Fact]
    public async Task ExportHoldsEverythingAndEraseRemovesIt()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", "jane@example.com").Add("Max", "Muster").ToString());
        await api.PutOkAsync("api/plan", new { deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30), order = "byName" });

        var export = await api.GetOkAsync("api/export");
        Assert.Equal(2, export["people"]!.AsArray().Count);
        Assert.Equal("byName", export["plan"]!["order"]!.GetValue<string>());

        using (var erase = await api.Http.DeleteAsync("api/me"))
        {
            Assert.Equal(202, (int)erase.StatusCode);
        }

        await Privacy.ErasePartition.WaitDoneAsync(api);
        var after = await api.GetOkAsync("api/export");
        Assert.Empty(after["people"]!.AsArray());
        var today = await api.GetOkAsync("api/today");
        Assert.Equal(0, today["progress"]!["total"]!.GetValue<int>());
        Assert.Null(today["next"] as JsonObject);
    }
}
