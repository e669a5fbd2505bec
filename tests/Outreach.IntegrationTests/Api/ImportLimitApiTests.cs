namespace Outreach.IntegrationTests.Api;

/// <summary>
/// Rows that hold more than storage could take are rejected whole, by line and reason, while the rest
/// of the file imports: a rejected row leaves no trace (no person, no address, no change).
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class ImportLimitApiTests(LocalHostFixture fixture)
{
    // LinkedInCsv writes three lines of notes and the header first: data rows start on line 5.
    private const int FirstRowLine = 5;

    [Fact]
    public async Task FieldOfFortyThousandCharactersRejectsItsRowByLineAndImportsTheRest()
    {
        using var api = fixture.NewUser();
        var csv = new LinkedInCsv()
            .Add("Jane", "Doe", "jane@example.com", "Acme")
            .Add("Huge", "Company", "huge@example.com", new string('x', 40_000))
            .Add("Max", "Muster", "max@example.com", "Goodby")
            .ToString();

        var report = await api.ImportOkAsync(csv);

        Assert.Equal(2, report["created"]!.GetValue<int>());
        var rejected = Assert.Single(report["rejected"]!.AsArray())!;
        Assert.Equal(FirstRowLine + 1, rejected["line"]!.GetValue<int>());
        Assert.Contains("'Company'", rejected["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("40,000", rejected["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["Jane", "Max"], (await api.AllPeopleAsync()).Select(p => p["firstName"]!.GetValue<string>()).Order());
        await AssertNobodyHasAsync(api, "huge@example.com");
    }

    [Fact]
    public async Task RowsWithTwoHundredAddressesAreRejectedByLineAndNothingOfThemIsWritten()
    {
        using var api = fixture.NewUser();
        var many = string.Join(";", Enumerable.Range(0, 200).Select(i => $"a{i}@many.example"));
        var csv = new LinkedInCsv()
            .Add("Jane", "Doe", "jane@example.com")
            .Add("Many", "Addresses", many)
            .Add("Max", "Muster")
            .Add("More", "Addresses", many.Replace("many", "more", StringComparison.Ordinal))
            .ToString();

        var report = await api.ImportOkAsync(csv);

        Assert.Equal(2, report["created"]!.GetValue<int>());
        var rejected = report["rejected"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal([FirstRowLine + 1, FirstRowLine + 3], rejected.Select(r => r["line"]!.GetValue<int>()));
        Assert.All(rejected, r => Assert.Contains("200 e-mail addresses", r["reason"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(["Jane", "Max"], (await api.AllPeopleAsync()).Select(p => p["firstName"]!.GetValue<string>()).Order());
        await AssertNobodyHasAsync(api, "a0@many.example");
        await AssertNobodyHasAsync(api, "a199@more.example");
    }

    [Fact]
    public async Task ReimportThatWouldGiveAPersonTooManyAddressesRejectsTheRowAndKeepsThePerson()
    {
        using var api = fixture.NewUser();
        const string url = "https://www.linkedin.com/in/jane-doe";
        var first = string.Join(";", Enumerable.Range(0, 15).Select(i => $"jane{i}@example.com"));
        await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", first, "Acme", url: url).ToString());
        var more = string.Join(";", Enumerable.Range(0, 10).Select(i => $"jane{i}@other.example"));

        var report = await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", more, "FCB", url: url).ToString());

        var rejected = Assert.Single(report["rejected"]!.AsArray())!;
        Assert.Equal(FirstRowLine, rejected["line"]!.GetValue<int>());
        Assert.Contains("25 e-mail addresses", rejected["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, report["updated"]!.GetValue<int>());
        var jane = Assert.Single(await api.AllPeopleAsync());
        Assert.Equal(15, jane["emails"]!.AsArray().Count);
        Assert.Equal("Acme", jane["company"]!.GetValue<string>());
        Assert.Empty(jane["careerHistory"]!.AsArray());
        await AssertNobodyHasAsync(api, "jane0@other.example");
    }

    private static async Task AssertNobodyHasAsync(ApiClient api, string address)
    {
        using var response = await api.Http.GetAsync($"api/people/lookup?email={Uri.EscapeDataString(address)}");
        await ApiClient.ProblemAsync(response, 404);
    }
}
