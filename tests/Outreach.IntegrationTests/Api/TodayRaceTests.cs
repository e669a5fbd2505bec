using Microsoft.Extensions.DependencyInjection;
using Outreach.Auth;
using Outreach.Ledger;
using Outreach.Local.Tokens;
using Outreach.People;
using Outreach.Storage;

namespace Outreach.IntegrationTests.Api;

[Collection(LocalHostCollection.Name)]
public sealed class TodayRaceTests(LocalHostFixture fixture)
{
    private static readonly DateOnly Deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(200);
    private static readonly string[] Orders = ["byName", "oldestConnection", "longestSilence", "shuffled"];

    [Fact]
    public async Task ReordersRacingQueueActionsLeaveNoStaleQueueRowsAndTodayAlwaysHasANextPerson()
    {
        var name = "race-" + Guid.NewGuid().ToString("N")[..12];
        using var api = fixture.User(name);
        var csv = new LinkedInCsv();
        for (var i = 0; i < 300; i++)
        {
            csv.Add($"P{i:D3}", $"Race{i % 17}", $"p{i}@example.com", connectedOn: $"{1 + (i % 28)} Mar {2005 + (i % 15)}");
        }

        await api.ImportOkAsync(csv.ToString());
        await api.PutOkAsync("api/plan", new { deadline = Deadline, order = "byName", weekdaysOnly = false });
        var ids = (await api.AllPeopleAsync()).Select(p => p["id"]!.GetValue<string>()).Order().ToList();

        for (var round = 0; round < 3; round++)
        {
            using var stop = new CancellationTokenSource();
            var reorders = Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var response = await api.SendJsonAsync(HttpMethod.Put, "api/plan", $$"""{"deadline":"{{Deadline:yyyy-MM-dd}}","order":"{{Orders[i % Orders.Length]}}","seed":{{i}},"weekdaysOnly":false}""");
                    Assert.True(Acceptable(response.StatusCode), $"PUT /api/plan answered {(int)response.StatusCode}");
                }
            });

            // 60 concurrent actions: skip, written, reopen, on people at the head of every order.
            var actions = Enumerable.Range(0, 60).Select(i => Task.Run(async () =>
            {
                var id = ids[(i * 7 + round * 13) % 40];
                var action = ((i + round) % 3) switch { 0 => "skip", 1 => "written", _ => "reopen" };
                using var response = await api.Http.PostAsync($"api/people/{id}/{action}", null);
                Assert.True(Acceptable(response.StatusCode), $"{action} answered {(int)response.StatusCode}");
            })).ToList();
            await Task.WhenAll(actions);
            await stop.CancelAsync();
            await reorders;

            var stale = await StaleQueueRowsAsync(name);
            Assert.True(stale.Count == 0, $"round {round}: queue rows pointing at people who are not open: {string.Join(", ", stale)}");
            for (var i = 0; i < 2; i++)
            {
                var today = await api.GetOkAsync("api/today");
                Assert.True(today["progress"]!["remaining"]!.GetValue<int>() > 0);
                Assert.NotNull(today["next"]);
                Assert.Equal("open", today["next"]!["status"]!.GetValue<string>());
            }
        }
    }

    /// <summary>
    /// Done, lost the race (409), or storage too slow under this load (503 with Retry-After, since storage
    /// timeouts are short); never a 500. Whatever each answered, the queue must be consistent after.
    /// </summary>
    private static bool Acceptable(HttpStatusCode status)
        => status is HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.ServiceUnavailable;

    /// <summary>Rows of the current generation whose person is not open with an address, or not at that place.</summary>
    private async Task<List<string>> StaleQueueRowsAsync(string name)
    {
        var client = await fixture.Host.Services.GetRequiredService<OutreachTable>().GetClientAsync(CancellationToken.None);
        var user = new UserId(DevelopmentUsers.TenantId, DevelopmentUsers.ObjectIdFor(name));
        var summary = (await client.GetEntityAsync<SummaryEntity>(user.PartitionKey, RowKeys.Summary)).Value;
        var plan = summary.PlanOrDefault(DateTimeOffset.UtcNow);
        var people = new Dictionary<string, PersonEntity>();
        await foreach (var person in client.QueryAsync<PersonEntity>(RowKeys.Range(user, RowKeys.PersonPrefix)))
        {
            people[person.Id] = person;
        }

        var stale = new List<string>();
        var queued = 0;
        await foreach (var row in client.QueryAsync<QueueEntity>(RowKeys.Range(user, "q")))
        {
            var person = people.GetValueOrDefault(row.PersonId);
            if (person is null || QueuePlacement.RowKey(person, plan, summary.QueueGeneration) != row.RowKey)
            {
                stale.Add($"{row.RowKey} → {row.PersonId} ({person?.Status ?? "missing"})");
            }
            else
            {
                queued++;
            }
        }

        Assert.Equal(people.Values.Count(QueuePlacement.IsQueued), queued);
        return stale;
    }
}
