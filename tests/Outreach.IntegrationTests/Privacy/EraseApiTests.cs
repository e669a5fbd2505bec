using Outreach.IntegrationTests.MailFlow;

namespace Outreach.IntegrationTests.Privacy;

/// <summary>Erase over HTTP against the shared local host: it finishes, whatever runs beside it or whoever stops waiting.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class EraseApiTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task EraseOfNothingIs204AndItsStateIsDone()
    {
        using var api = fixture.NewUser();

        using (var erase = await api.Http.DeleteAsync("api/me"))
        {
            Assert.Equal(HttpStatusCode.NoContent, erase.StatusCode);
        }

        Assert.Equal("done", (await api.GetOkAsync("api/me/erase"))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task EraseDuringAnImportStopsTheImportAndLeavesNothing()
    {
        var name = "erase-import-" + Guid.NewGuid().ToString("N")[..8];
        using var api = fixture.User(name);
        var import = api.ImportAsync(ErasePartition.Network(4000, "imp"));
        await Eventually.ThatAsync(() => ErasePartition.CountAsync(fixture.Storage.ConnectionString, name, "p|"), n => n > 0, "the import's first people to be written", TimeSpan.FromSeconds(120));

        using (var erase = await api.Http.DeleteAsync("api/me"))
        {
            Assert.Equal(HttpStatusCode.Accepted, erase.StatusCode);
            Assert.Equal("/api/me/erase", erase.Headers.Location?.OriginalString);
        }

        using (var imported = await import)
        {
            var problem = await ApiClient.ProblemAsync(imported, 409);
            Assert.Contains("erase", problem["title"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        }

        await ErasePartition.WaitDoneAsync(api);
        Assert.Equal(0, await ErasePartition.CountAsync(fixture.Storage.ConnectionString, name));
        Assert.Empty((await api.GetOkAsync("api/export"))["people"]!.AsArray());
    }

    [Fact]
    public async Task EraseFinishesWhenTheClientGivesUpAfterOneSecond()
    {
        var name = "erase-gone-" + Guid.NewGuid().ToString("N")[..8];
        using var api = fixture.User(name);
        await api.ImportOkAsync(ErasePartition.Network(3000, "gone"));
        Assert.True(await ErasePartition.CountAsync(fixture.Storage.ConnectionString, name) > 3000);

        using (var impatient = new CancellationTokenSource(TimeSpan.FromSeconds(1)))
        {
            try
            {
                using var erase = await api.Http.DeleteAsync("api/me", impatient.Token);
                Assert.Equal(HttpStatusCode.Accepted, erase.StatusCode);
            }
            catch (OperationCanceledException)
            {
                // Gone before the answer: the erase must not care.
            }
        }

        // Watched in storage only: no further request may be what makes it finish.
        await Eventually.ThatAsync(() => ErasePartition.CountAsync(fixture.Storage.ConnectionString, name), n => n == 0, "the partition to be empty", TimeSpan.FromSeconds(180));
        Assert.Equal("done", (await api.GetOkAsync("api/me/erase"))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task AfterAnEraseTheUserCanStartAgain()
    {
        using var api = fixture.NewUser();
        await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", "jane@example.com").ToString());
        using (var erase = await api.Http.DeleteAsync("api/me"))
        {
            Assert.Equal(HttpStatusCode.Accepted, erase.StatusCode);
        }

        await ErasePartition.WaitDoneAsync(api);
        var report = await api.ImportOkAsync(new LinkedInCsv().Add("Max", "Muster", "max@example.com").ToString());
        Assert.NotNull(report);
        var people = await api.AllPeopleAsync();
        Assert.Equal("Max", Assert.Single(people)["firstName"]!.GetValue<string>());
    }
}
