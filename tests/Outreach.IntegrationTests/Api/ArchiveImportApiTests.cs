using System.Net.Http.Headers;
using Outreach.TestFixtures;

namespace Outreach.IntegrationTests.Api;

/// <summary>LinkedIn's whole archive in one request: what each file was read as, your positions, and the employers you share.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class ArchiveImportApiTests(LocalHostFixture fixture)
{
    private const string Marker = "SECRET-MARKER";

    private static readonly string Connections = new LinkedInCsv()
        .Add("Jane", "Doe", "jane@example.com", "Foote Cone and Belding", "Creative Director")
        .Add("Max", "Muster", "max@example.com", "BBDO", "Copywriter")
        .ToString();

    [Fact]
    public async Task TheWholeArchiveImportsInOneRequestAndTheReportListsEveryFile()
    {
        using var api = fixture.NewUser();

        using var response = await api.ImportAsync(Archive(), "application/zip");

        var text = await response.Content.ReadAsStringAsync();
        var report = await ApiClient.OkAsync(response);
        Assert.Equal(2, report["created"]!.GetValue<int>());
        Assert.Equal("linkedIn", report["format"]!.GetValue<string>());
        var files = report["files"]!.AsArray().Select(f => f!).ToList();
        Assert.Equal(
            ["LinkedIn Export/Connections.csv:connections:2", "LinkedIn Export/Positions.csv:positions:2", "LinkedIn Export/Profile.csv:profile:1", "LinkedIn Export/messages.csv:messages:1", "LinkedIn Export/Invitations.csv:ignored:0"],
            files.Select(f => $"{f["name"]}:{f["readAs"]}:{f["rows"]}"));
        Assert.Null(files[3]["note"]);
        Assert.DoesNotContain(Marker, text, StringComparison.Ordinal);

        var people = await api.AllPeopleAsync();
        var jane = await api.GetOkAsync($"api/people/{people.Single(p => p["firstName"]!.GetValue<string>() == "Jane")["id"]}");
        var shared = Assert.Single(jane["sharedEmployers"]!.AsArray())!;
        Assert.Equal("Foote, Cone & Belding GmbH", shared["company"]!.GetValue<string>());
        Assert.Equal("2015-03", shared["from"]!.GetValue<string>());
        Assert.Equal("2018-06", shared["to"]!.GetValue<string>());
        var max = people.Single(p => p["firstName"]!.GetValue<string>() == "Max");
        Assert.Empty(max["sharedEmployers"]!.AsArray());
    }

    [Fact]
    public async Task TodaysNextPersonAndTheExportCarrySharedEmployersAndPositionsButNoMessageText()
    {
        using var api = fixture.NewUser();
        using (var imported = await api.ImportAsync(Archive(), "application/zip"))
        {
            await ApiClient.OkAsync(imported);
        }

        var next = (await api.GetOkAsync("api/today"))["next"]!;
        Assert.NotNull(next["sharedEmployers"]);
        using var export = await api.Http.GetAsync("api/export");
        var text = await export.Content.ReadAsStringAsync();
        var document = await ApiClient.OkAsync(export);
        Assert.Equal(["Foote, Cone & Belding GmbH", "Goodby Silverstein & Partners"], document["positions"]!.AsArray().Select(p => p!["company"]!.GetValue<string>()));
        Assert.Null(document["positions"]![1]!["to"]);
        Assert.DoesNotContain(Marker, text, StringComparison.Ordinal);
        Assert.DoesNotContain("bold", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AZipSentAsAMultipartFileNamedZipImportsAndACompanyFromTheCareerHistoryCounts()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(new LinkedInCsv().Add("Max", "Muster", company: "Goodby, Silverstein & Partners Inc.").ToString());
        await api.ImportOkAsync(new LinkedInCsv().Add("Max", "Muster", company: "Wieden+Kennedy").ToString());
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(new ZipBuilder().Add("Positions.csv", ZipBuilder.PositionsCsv).ToArray());
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
        form.Add(file, "file", "Basic_LinkedInDataExport_11-28-2026.zip");

        using var response = await api.Http.PostAsync("api/imports", form);

        var report = await ApiClient.OkAsync(response);
        Assert.Equal("positions", Assert.Single(report["files"]!.AsArray())!["readAs"]!.GetValue<string>());
        Assert.Null(report["format"]);
        var max = Assert.Single(await api.AllPeopleAsync());
        var shared = Assert.Single(max["sharedEmployers"]!.AsArray())!;
        Assert.Equal("Goodby Silverstein & Partners", shared["company"]!.GetValue<string>());
        Assert.Equal("2019-01", shared["from"]!.GetValue<string>());
        Assert.Null(shared["to"]);
    }

    [Fact]
    public async Task AZipBombIsRefusedAndNothingIsWritten()
        => await AssertRefusedAsync(new ZipBuilder().Add("Positions.csv", ZipBuilder.PositionsCsv).Add("Connections.csv", new byte[30 * 1024 * 1024]).ToArray(), 400, "ZIP bomb");

    [Fact]
    public async Task AZipOfFiveThousandEntriesIsRefusedAndNothingIsWritten()
    {
        var builder = new ZipBuilder().Add("Connections.csv", Connections).Add("Positions.csv", ZipBuilder.PositionsCsv);
        for (var i = 0; i < 5_000; i++)
        {
            builder.Add($"Jobs/Saved Job {i}.csv", "Saved Date,Job Url\n");
        }

        await AssertRefusedAsync(builder.ToArray(), 413, "5,002 files");
    }

    [Fact]
    public async Task ATruncatedZipIsRefusedAndNothingIsWritten()
    {
        var archive = Archive();
        await AssertRefusedAsync(archive.AsSpan(0, archive.Length - 200).ToArray(), 400, "broken or incomplete");
    }

    [Fact]
    public async Task AnotherUserSeesNothingOfTheArchive()
    {
        using var alice = fixture.NewUser();
        using var bob = fixture.NewUser();
        using (var imported = await alice.ImportAsync(Archive(), "application/zip"))
        {
            await ApiClient.OkAsync(imported);
        }

        Assert.Empty(await bob.AllPeopleAsync());
        Assert.Empty((await bob.GetOkAsync("api/export"))["positions"]!.AsArray());
    }

    private static byte[] Archive()
        => new ZipBuilder()
            .Add("LinkedIn Export/Connections.csv", Connections)
            .Add("LinkedIn Export/Positions.csv", ZipBuilder.PositionsCsv)
            .Add("LinkedIn Export/Profile.csv", ZipBuilder.ProfileCsv)
            .Add("LinkedIn Export/messages.csv", ZipBuilder.MessagesCsv)
            .Add("LinkedIn Export/Invitations.csv", "From,To,Sent At,Message,Direction\nAlex,Jane,2023-01-01,\"" + Marker + " hi\",OUTGOING\n")
            .ToArray();

    private async Task AssertRefusedAsync(byte[] zip, int status, string reason)
    {
        using var api = fixture.NewUser();

        using var response = await api.ImportAsync(zip, "application/zip");

        var problem = await ApiClient.ProblemAsync(response, status);
        Assert.Contains(reason, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(problem["file"]);
        Assert.Empty(await api.AllPeopleAsync());
        var export = await api.GetOkAsync("api/export");
        Assert.Empty(export["positions"]!.AsArray());
        Assert.DoesNotContain(export["records"]!.AsArray(), r => r!["kind"]!.GetValue<string>() == "linkedInMessage");
        Assert.Equal(0, (await api.GetOkAsync("api/people/counts"))["all"]!.GetValue<int>());
    }
}
