using System.Text;

namespace Outreach.IntegrationTests.Api;

[Collection(LocalHostCollection.Name)]
public sealed class ImportApiTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task ImportReportsCreatedPeopleAndRejectedLines()
    {
        using var api = fixture.NewUser();
        var csv = new LinkedInCsv()
            .Add("Jane", "Doe", "jane@example.com", "Acme, Inc.", "Creative Director")
            .Add("Max", "Mustermann", company: "Goodby", position: "Copywriter", connectedOn: "2 Mar 2011")
            + ",,,,,,\r\n" + ",,,,Lonely Company,,1 Jan 2020\r\n";

        var report = await api.ImportOkAsync(csv);

        Assert.Equal("linkedIn", report["format"]!.GetValue<string>());
        Assert.Equal(2, report["created"]!.GetValue<int>());
        Assert.Equal(0, report["updated"]!.GetValue<int>());
        var rejected = Assert.Single(report["rejected"]!.AsArray());
        Assert.Equal(8, rejected!["line"]!.GetValue<int>());
        Assert.Equal(2, (await api.AllPeopleAsync()).Count);
    }

    [Fact]
    public async Task ReimportIsIdempotent()
    {
        using var api = fixture.NewUser();
        var csv = new LinkedInCsv().Add("Jane", "Doe", "jane@example.com", "Acme").Add("Max", "Muster").ToString();
        await api.ImportOkAsync(csv);

        var again = await api.ImportOkAsync(csv);

        Assert.Equal(0, again["created"]!.GetValue<int>());
        Assert.Equal(0, again["updated"]!.GetValue<int>());
        Assert.Equal(2, again["unchanged"]!.GetValue<int>());
        Assert.Equal(2, (await api.AllPeopleAsync()).Count);
    }

    [Fact]
    public async Task ImportKeepsNotesAndRecordsCareerChangeOfExistingPeople()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", "jane@example.com", "Goodby", "Art Director").ToString());
        var jane = (await api.AllPeopleAsync()).Single();
        using (var patched = await api.SendJsonAsync(HttpMethod.Patch, $"api/people/{jane["id"]}", """{"notes":"two kids, marathon in May"}""", jane["eTag"]!.GetValue<string>()))
        {
            await ApiClient.OkAsync(patched);
        }

        await api.PostOkAsync($"api/people/{jane["id"]}/written");

        var report = await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", "jane@example.com", "FCB", "Creative Director").ToString());

        Assert.Equal(1, report["updated"]!.GetValue<int>());
        var change = Assert.Single(report["careerChanges"]!.AsArray())!;
        Assert.Equal("Goodby", change["before"]!["company"]!.GetValue<string>());
        Assert.Equal("FCB", change["after"]!["company"]!.GetValue<string>());
        var after = await api.GetOkAsync($"api/people/{jane["id"]}");
        Assert.Equal("two kids, marathon in May", after["notes"]!.GetValue<string>());
        Assert.Equal("written", after["status"]!.GetValue<string>());
        Assert.Equal("FCB", after["company"]!.GetValue<string>());
        var history = Assert.Single(after["careerHistory"]!.AsArray())!;
        Assert.Equal("Goodby", history["fromCompany"]!.GetValue<string>());
        Assert.Equal("Creative Director", history["toPosition"]!.GetValue<string>());
    }

    [Fact]
    public async Task DuplicateRowsOfOnePersonAreCountedAndMerged()
    {
        using var api = fixture.NewUser();
        var csv = new LinkedInCsv()
            .Add("Jane", "Doe", "jane@example.com", url: "https://www.linkedin.com/in/janedoe")
            .Add("Jane", "Doe", "jane.doe@work.example", url: "https://de.linkedin.com/in/janedoe/?trk=abc")
            .ToString();

        var report = await api.ImportOkAsync(csv);

        Assert.Equal(1, report["created"]!.GetValue<int>());
        Assert.Equal(1, report["duplicates"]!.GetValue<int>());
        var jane = Assert.Single(await api.AllPeopleAsync());
        Assert.Equal(2, jane["emails"]!.AsArray().Count);
    }

    [Fact]
    public async Task PeopleWithReservedCharactersAndAnyScriptReadBackIntact()
    {
        using var api = fixture.NewUser();
        var csv = new LinkedInCsv()
            .Add("山田", "太郎 🚀 | MBA", "taro/#?\\@example.com", "株式会社/テスト#1?", "エンジニア\\リード", url: "https://www.linkedin.com/in/山田-太郎#x?y")
            .Add("Ørjan", "Müller-Lüdenscheidt", "o.mueller@example.com", "A/B \\ C # D ? E", "Head of /\\#?")
            .Add("محمد", "العربي", company: "شركة")
            .ToString();

        await api.ImportOkAsync(csv);
        var people = await api.AllPeopleAsync();

        Assert.Equal(3, people.Count);
        var taro = people.Single(p => p["firstName"]!.GetValue<string>() == "山田");
        Assert.Equal("太郎 🚀 | MBA", taro["lastName"]!.GetValue<string>());
        Assert.Equal("株式会社/テスト#1?", taro["company"]!.GetValue<string>());
        Assert.Equal("エンジニア\\リード", taro["position"]!.GetValue<string>());
        var fetched = await api.GetOkAsync($"api/people/{taro["id"]}");
        Assert.Equal("株式会社/テスト#1?", fetched["company"]!.GetValue<string>());
        var lookedUp = await api.GetOkAsync($"api/people/lookup?email={Uri.EscapeDataString("O.Mueller@Example.com")}");
        Assert.Equal("A/B \\ C # D ? E", lookedUp["company"]!.GetValue<string>());
        var found = await api.GetOkAsync($"api/people?search={Uri.EscapeDataString("mull")}");
        Assert.Equal("Ørjan", Assert.Single(found["items"]!.AsArray())!["firstName"]!.GetValue<string>());
        var arabic = await api.GetOkAsync($"api/people?search={Uri.EscapeDataString("شركة")}");
        Assert.Single(arabic["items"]!.AsArray());
    }

    [Fact]
    public async Task GenericContactsCsvImportsNamesAndAddresses()
    {
        using var api = fixture.NewUser();
        const string csv = "First Name,Middle Name,Last Name,Title,Company,Job Title,E-mail Address,E-mail 2 Address\r\n"
            + "Erika,,Musterfrau,Dr.,Contoso,Engineer,erika@contoso.example,erika@home.example\r\n"
            + "John,,Smith,,,,john@example.com,\r\n";

        var report = await api.ImportOkAsync(csv);

        Assert.Equal("generic", report["format"]!.GetValue<string>());
        Assert.Equal(2, report["created"]!.GetValue<int>());
        var erika = await api.GetOkAsync("api/people/lookup?email=erika%40home.example");
        Assert.Equal("Engineer", erika["position"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("noHeader")]
    [InlineData("brokenQuote")]
    [InlineData("empty")]
    public async Task UnreadableFileIsRejectedWithItsLineAndWritesNothing(string kind)
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", "jane@example.com").ToString());
        var (content, line) = kind switch
        {
            "binary" => (new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, 1),
            "noHeader" => (Encoding.UTF8.GetBytes("hello,world\r\nfoo,bar\r\n"), 1),
            "brokenQuote" => (Encoding.UTF8.GetBytes(new LinkedInCsv().Add("New", "Person", "new@example.com") + "Broken,\"Quote,https://www.linkedin.com/in/x,,,,1 Jan 2020\r\nMore,Rows,,,,,\r\n"), 6),
            _ => (Array.Empty<byte>(), 1),
        };

        using var response = await api.ImportAsync(content);

        var problem = await ApiClient.ProblemAsync(response, 400);
        Assert.Equal(line, problem["line"]!.GetValue<int>());
        if (kind is "brokenQuote")
        {
            Assert.Contains($"line {line}", problem["detail"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        }

        var people = await api.AllPeopleAsync();
        Assert.Equal("Jane", Assert.Single(people)["firstName"]!.GetValue<string>());
    }

    [Fact]
    public async Task TooLargeFileIsRejectedWith413()
    {
        using var api = fixture.NewUser();
        var big = new byte[(20 * 1024 * 1024) + 1];

        using var response = await api.ImportAsync(big);

        await ApiClient.ProblemAsync(response, 413);
    }

    [Fact]
    public async Task JsonBodyIsNotAFileAndGets415()
    {
        using var api = fixture.NewUser();

        using var response = await api.ImportAsync("{}", "application/json");

        await ApiClient.ProblemAsync(response, 415);
    }

    [Fact]
    public async Task MultipartUploadImportsTheFile()
    {
        using var api = fixture.NewUser();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(new LinkedInCsv().Add("Jane", "Doe").ToString())), "file", "Connections.csv");

        using var response = await api.Http.PostAsync("api/imports", form);

        var report = await ApiClient.OkAsync(response);
        Assert.Equal(1, report["created"]!.GetValue<int>());
    }

    [Fact]
    public async Task LargeNetworkImportsInBatchesAndCountsEveryone()
    {
        using var api = fixture.NewUser();
        var csv = new LinkedInCsv();
        for (var i = 0; i < 1109; i++)
        {
            csv.Add($"First{i}", $"Last{i}", i % 5 == 0 ? $"p{i}@example.com" : null);
        }

        var report = await api.ImportOkAsync(csv.ToString());
        var today = await api.GetOkAsync("api/today");

        Assert.Equal(1109, report["created"]!.GetValue<int>());
        Assert.Equal(1109, today["progress"]!["total"]!.GetValue<int>());
        Assert.Equal(1109 - 222, today["needsEmailCount"]!.GetValue<int>());
        Assert.NotNull(today["next"] as JsonObject);
    }
}
