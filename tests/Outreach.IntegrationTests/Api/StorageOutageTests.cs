using System.Diagnostics;
using Azure.Data.Tables;
using Outreach.Storage;
using Xunit.Abstractions;

namespace Outreach.IntegrationTests.Api;

/// <summary>
/// Storage gone under a running host: health and data routes answer 503 problem+json with
/// Retry-After at once, an interrupted import says so and a re-import finishes it.
/// </summary>
public sealed class StorageOutageTests(StorageOutageFixture fixture, ITestOutputHelper output) : IClassFixture<StorageOutageFixture>
{
    // The issue asks for 2 s; the bound here is loose so a busy test machine cannot fail it, and the
    // measured time is written to the test output.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    private const int BatchesBeforeOutage = 9;

    [Fact]
    public async Task HealthAndDataRoutesAnswer503WithRetryAfterWhileStorageIsDownAnd200WhenItIsBack()
    {
        using var anonymous = new ApiClient(fixture.Host.BaseAddress, token: null);
        using var api = NewUser();
        await ApiClient.OkAsync(await anonymous.Http.GetAsync("api/health"));
        await api.GetOkAsync("api/today");

        await fixture.StopStorageAsync();
        try
        {
            foreach (var (client, path) in new[] { (anonymous, "api/health"), (api, "api/today"), (api, "api/people") })
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.Http.GetAsync(path);
                watch.Stop();
                output.WriteLine($"{path} with storage down: {(int)response.StatusCode} in {watch.ElapsedMilliseconds} ms");

                await ApiClient.ProblemAsync(response, 503);
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"{path}: no Retry-After");
                Assert.True(watch.Elapsed < Bound, $"{path} took {watch.Elapsed}");
            }
        }
        finally
        {
            fixture.StartStorage();
        }

        using var health = await anonymous.Http.GetAsync("api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await api.GetOkAsync("api/today");
    }

    [Fact]
    public async Task StorageKilledMidImportAnswers503AndImportingTheFileAgainEndsAsOneCleanImport()
    {
        const int people = 4000;
        var csv = new LinkedInCsv();
        for (var i = 0; i < people; i++)
        {
            csv.Add($"First{i}", $"Last{i}", i % 3 == 0 ? $"p{i}@example.com" : null, $"Company{i % 50}", "Engineer");
        }

        var file = csv.ToString();
        using var interrupted = NewUser();
        Assert.False(await AnyPersonRowAsync(), "this test expects the first import into its storage");

        // Storage goes down at a fixed point of the import (its 10th table transaction, which never
        // reaches storage), however fast the machine runs the import.
        var problem = await Outage.ProblemAsync(
            fixture.StopStorageAtTableBatchAsync(BatchesBeforeOutage + 1),
            fixture.StartStorage,
            () => interrupted.ImportAsync(file),
            $"the import finished in fewer than {BatchesBeforeOutage + 1} table transactions; make the file larger");
        Assert.Contains("part of the file was imported", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Import the same file again", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var partial = (await interrupted.AllPeopleAsync()).Count;
        output.WriteLine($"people stored when storage went down after {BatchesBeforeOutage} table transactions: {partial} of {people}");
        Assert.InRange(partial, 1, people - 1);
        var again = await interrupted.ImportOkAsync(file);
        Assert.Equal(people, again["created"]!.GetValue<int>() + again["unchanged"]!.GetValue<int>());

        using var clean = NewUser();
        await clean.ImportOkAsync(file);
        Assert.Equal(await StateAsync(clean), await StateAsync(interrupted));
    }

    private ApiClient NewUser()
        => new(fixture.Host.BaseAddress, fixture.Tokens.CreateToken("user-" + Guid.NewGuid().ToString("N")));

    /// <summary>What the user would see: every person's imported facts and the counters of Today.</summary>
    private static async Task<string> StateAsync(ApiClient api)
    {
        var people = (await api.AllPeopleAsync())
            .Select(p => string.Join("|", p["id"], p["firstName"], p["lastName"], p["company"], p["position"], p["status"], p["emails"]!.ToJsonString(), p["careerHistory"]!.ToJsonString()))
            .Order(StringComparer.Ordinal);
        var today = await api.GetOkAsync("api/today");
        return string.Join("\n", people) + "\n" + today["progress"]!.ToJsonString() + "\n" + today["needsEmailCount"];
    }

    private async Task<bool> AnyPersonRowAsync()
    {
        var table = new TableClient(fixture.DirectConnectionString, OutreachTable.TableName);
        var filter = TableClient.CreateQueryFilter($"RowKey ge {RowKeys.PersonPrefix} and RowKey lt {RowKeys.PrefixEnd(RowKeys.PersonPrefix)}");
        try
        {
            await foreach (var page in table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"]).AsPages())
            {
                return page.Values.Count > 0;
            }
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // The table is created by the first request that needs it.
        }

        return false;
    }
}
