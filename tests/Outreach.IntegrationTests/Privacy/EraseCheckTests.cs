using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Outreach.Local.Hosting;
using Outreach.Storage;

namespace Outreach.IntegrationTests.Privacy;

/// <summary>
/// Where a request meets an erase: in the summary row it reads anyway, before it changes anything. The
/// host runs without the erase worker, so the erase stays in progress for as long as the test looks.
/// </summary>
public sealed class EraseCheckTests : IAsyncLifetime
{
    private const string SummaryReads = "table point read su";

    private readonly AzuriteFixture _storage = new();
    private OutreachLocalHost? _host;

    private OutreachLocalHost Host => _host!;

    public async Task InitializeAsync()
    {
        await _storage.InitializeAsync();
        var options = LocalHostFixture.TestOptions(_storage.ConnectionString);
        _host = await OutreachLocalHost.StartAsync(options with
        {
            ConfigurationOverrides = new Dictionary<string, string?>(options.ConfigurationOverrides)
            {
                ["AzureWebJobs.ContinueErase.Disabled"] = "true",
            },
        });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task AWriteDuringAnEraseIsRefusedBeforeItChangesAnything()
    {
        using var api = new ApiClient(Host.BaseAddress, Host.Tokens.CreateToken("refused-writes"));
        await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", "jane@example.com").Add("Max", "Muster", "max@example.com").ToString());
        var people = await api.AllPeopleAsync();
        var jane = people.Single(p => p["firstName"]!.GetValue<string>() == "Jane");
        var max = people.Single(p => p["firstName"]!.GetValue<string>() == "Max");
        var janeId = jane["id"]!.GetValue<string>();
        await api.PostOkAsync($"api/people/{max["id"]!.GetValue<string>()}/written");
        using (var erase = await api.Http.DeleteAsync("api/me"))
        {
            Assert.Equal(HttpStatusCode.Accepted, erase.StatusCode);
        }

        var before = await RowsAsync("refused-writes");
        var writes = new Func<Task<HttpResponseMessage>>[]
        {
            () => api.SendJsonAsync(HttpMethod.Patch, $"api/people/{janeId}", """{"notes":"during the erase"}""", jane["eTag"]!.GetValue<string>()),
            () => api.Http.PostAsync($"api/people/{janeId}/written", null),
            () => api.Http.PostAsync($"api/people/{janeId}/skip", null),
            () => api.SendJsonAsync(HttpMethod.Post, $"api/people/{janeId}/snooze", $$"""{"until":"{{DateTime.UtcNow.AddDays(7):yyyy-MM-dd}}"}"""),
            () => api.Http.PostAsync($"api/people/{max["id"]!.GetValue<string>()}/reopen", null),
            () => api.Http.PostAsync($"api/people/{janeId}/write-started", null),
            () => api.Http.PostAsync("api/people/nobody/skip", null),
            () => api.SendJsonAsync(HttpMethod.Put, "api/plan", $$"""{"deadline":"{{DateTime.UtcNow.AddDays(30):yyyy-MM-dd}}","order":"byName"}"""),
        };
        foreach (var write in writes)
        {
            using var response = await write();
            Assert.Equal("Erase in progress.", (await ApiClient.ProblemAsync(response, 409))["title"]!.GetValue<string>());
        }

        // A person the erase already deleted: the person read (404) and the summary read (tombstone) race,
        // and whichever ends first, the erase is the answer.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var response = await api.Http.PostAsync("api/people/nobody/skip", null);
            Assert.Equal("Erase in progress.", (await ApiClient.ProblemAsync(response, 409))["title"]!.GetValue<string>());
        }

        Assert.Equal(before, await RowsAsync("refused-writes"));
    }

    [Fact]
    public async Task ARequestThatReadsTheSummaryPaysNoEraseReadOfItsOwn()
    {
        using var api = new ApiClient(Host.BaseAddress, Host.Tokens.CreateToken("one-check"));
        await api.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", "jane@example.com").Add("Max", "Muster", "max@example.com").ToString());
        var ids = (await api.AllPeopleAsync()).Select(p => p["id"]!.GetValue<string>()).ToList();

        Assert.Equal(1, await SummaryReadsAsync(() => api.Http.GetAsync("api/today")));
        Assert.Equal(1, await SummaryReadsAsync(() => api.Http.GetAsync("api/people/counts")));
        Assert.Equal(1, await SummaryReadsAsync(() => api.Http.GetAsync($"api/people/{ids[0]}")));
        Assert.Equal(1, await SummaryReadsAsync(() => api.Http.PostAsync($"api/people/{ids[0]}/written", null)));
        Assert.Equal(1, await SummaryReadsAsync(() => api.Http.PostAsync($"api/people/{ids[1]}/skip", null)));

        // Nothing of it reads the summary, so it pays the one point read of the tombstone, before it writes.
        Assert.Equal(1, await SummaryReadsAsync(() => api.Http.PostAsync($"api/people/{ids[1]}/write-started", null)));
    }

    private async Task<long> SummaryReadsAsync(Func<Task<HttpResponseMessage>> call)
        => (await StorageRequestCount.TableRequestsAsync(Host.Services.GetRequiredService<StorageRequestCounter>(), call)).GetValueOrDefault(SummaryReads);

    /// <summary>Every row of the user's partition with its ETag: any write changes one.</summary>
    private async Task<string> RowsAsync(string userName)
    {
        var table = _storage.Tables().GetTableClient(OutreachTable.TableName);
        var rows = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {ErasePartition.Of(userName)}")))
        {
            rows.Add($"{row.RowKey} {row.ETag}");
        }

        Assert.NotEmpty(rows);
        return string.Join('\n', rows.Order(StringComparer.Ordinal));
    }
}
