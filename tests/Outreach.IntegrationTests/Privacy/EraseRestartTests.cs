using Outreach.Local.Hosting;

namespace Outreach.IntegrationTests.Privacy;

/// <summary>
/// An erase whose host stops before it finishes: the first host runs without the erase worker (as if
/// it stopped right after answering), the next one on the same storage finishes the job.
/// </summary>
public sealed class EraseRestartTests : IAsyncLifetime
{
    private readonly AzuriteFixture _storage = new();

    public Task InitializeAsync() => _storage.InitializeAsync();

    public Task DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task WhileAnEraseRunsWritesAre409AndReadsSeeNothing()
    {
        await using var host = await StartAsync(eraseWorker: false);
        using var api = new ApiClient(host.BaseAddress, host.Tokens.CreateToken("erasing"));
        await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", "jane@example.com").ToString());
        var id = (await api.AllPeopleAsync()).Single()["id"]!.GetValue<string>();

        using (var erase = await api.Http.DeleteAsync("api/me"))
        {
            Assert.Equal(HttpStatusCode.Accepted, erase.StatusCode);
        }

        Assert.Equal("pending", (await api.GetOkAsync("api/me/erase"))["state"]!.GetValue<string>());
        foreach (var read in new[] { "api/today", "api/people", "api/people/counts", $"api/people/{id}", "api/export", "api/plan", "api/mailbox", "api/replies", "api/review" })
        {
            using var response = await api.Http.GetAsync(read);
            await ApiClient.ProblemAsync(response, 404);
        }

        var writes = new Func<Task<HttpResponseMessage>>[]
        {
            () => api.ImportAsync(new LinkedInCsv().Add("Max", "Muster").ToString()),
            () => api.SendJsonAsync(HttpMethod.Patch, $"api/people/{id}", """{"notes":"after the erase"}""", "W/\"x\""),
            () => api.Http.PostAsync($"api/people/{id}/skip", null),
            () => api.SendJsonAsync(HttpMethod.Put, "api/plan", $$"""{"deadline":"{{DateTime.UtcNow.AddDays(30):yyyy-MM-dd}}"}"""),
            () => api.Http.PostAsync("api/mailbox/connect", null),
        };
        foreach (var write in writes)
        {
            using var response = await write();
            var problem = await ApiClient.ProblemAsync(response, 409);
            Assert.Equal("Erase in progress.", problem["title"]!.GetValue<string>());
        }

        // The tombstone holds no data of the user while it waits: only that an erase runs.
        var summary = await _storage.Tables().GetTableClient(Storage.OutreachTable.TableName).GetEntityAsync<Azure.Data.Tables.TableEntity>(ErasePartition.Of("erasing"), Storage.RowKeys.Summary);
        Assert.Equal(new[] { "Erasing", "ErasingSince" }, summary.Value.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp") && !k.Contains("odata", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task AnotherInstanceSeesTheEraseTheMomentItIsAccepted()
    {
        await using var first = await StartAsync(eraseWorker: false);
        await using var second = await StartAsync(eraseWorker: false);
        using var here = new ApiClient(first.BaseAddress, first.Tokens.CreateToken("two-instances"));
        using var there = new ApiClient(second.BaseAddress, second.Tokens.CreateToken("two-instances"));
        await here.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", "jane@example.com").ToString());
        var id = (await there.AllPeopleAsync()).Single()["id"]!.GetValue<string>();
        Assert.NotNull((await there.GetOkAsync("api/today"))["next"]);

        using (var erase = await here.Http.DeleteAsync("api/me"))
        {
            Assert.Equal(HttpStatusCode.Accepted, erase.StatusCode);
        }

        // Nothing the second instance saw before may answer for it now.
        foreach (var read in new[] { "api/today", "api/people/counts", $"api/people/{id}" })
        {
            using var response = await there.Http.GetAsync(read);
            await ApiClient.ProblemAsync(response, 404);
        }

        using var write = await there.Http.PostAsync($"api/people/{id}/skip", null);
        Assert.Equal("Erase in progress.", (await ApiClient.ProblemAsync(write, 409))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnEraseCutOffByAHostStopResumesOnTheNextHost()
    {
        var name = "restarted";
        await using (var first = await StartAsync(eraseWorker: false))
        {
            using var api = new ApiClient(first.BaseAddress, first.Tokens.CreateToken(name));
            await api.ImportOkAsync(ErasePartition.Network(1500, "restart"));
            using var erase = await api.Http.DeleteAsync("api/me");
            Assert.Equal(HttpStatusCode.Accepted, erase.StatusCode);
        }

        Assert.True(await ErasePartition.CountAsync(_storage.ConnectionString, name) > 1500);
        await using var second = await StartAsync(eraseWorker: true);
        using var again = new ApiClient(second.BaseAddress, second.Tokens.CreateToken(name));
        await ErasePartition.WaitDoneAsync(again);
        Assert.Equal(0, await ErasePartition.CountAsync(_storage.ConnectionString, name));
        using var nothingLeft = await again.Http.DeleteAsync("api/me");
        Assert.Equal(HttpStatusCode.NoContent, nothingLeft.StatusCode);
    }

    private async Task<OutreachLocalHost> StartAsync(bool eraseWorker)
    {
        var options = LocalHostFixture.TestOptions(_storage.ConnectionString);
        return await OutreachLocalHost.StartAsync(options with
        {
            ConfigurationOverrides = new Dictionary<string, string?>(options.ConfigurationOverrides)
            {
                ["AzureWebJobs.ContinueErase.Disabled"] = eraseWorker ? "false" : "true",
            },
        });
    }
}
