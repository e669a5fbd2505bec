using Xunit.Abstractions;
using static Outreach.IntegrationTests.Api.StorageRequestCount;

namespace Outreach.IntegrationTests.Api;

/// <summary>What saving the plan costs in storage when its start stays: the summary row, read once and written once.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class PlanSaveRequestsTests(LocalHostFixture fixture, ITestOutputHelper output)
{
    private static readonly string StartedOn = $"{DateTime.UtcNow.AddDays(-30):yyyy-MM-dd}";

    [Fact]
    public async Task SavingThePlanWithTheSameStartReadsAndWritesOnlyTheSummary()
    {
        using var api = fixture.NewUser();
        var first = await TableRequestsAsync(fixture, () => api.SendJsonAsync(HttpMethod.Put, "api/plan", System.Text.Json.JsonSerializer.Serialize(Plan(target: 100))));
        output.WriteLine($"PUT /api/plan (new start, nobody to derive again): {Describe(first)}");

        var requests = await TableRequestsAsync(fixture, () => api.SendJsonAsync(HttpMethod.Put, "api/plan", System.Text.Json.JsonSerializer.Serialize(Plan(target: 120))));

        output.WriteLine($"PUT /api/plan (same start, same order): {Describe(requests)}");
        Assert.Equal(2, requests.Values.Sum());
        Assert.Equal(1, requests.GetValueOrDefault("table point read su"));
        Assert.Equal(120, (await api.GetOkAsync("api/plan"))["target"]!.GetValue<int>());
    }

    private static object Plan(int target) => new { deadline = $"{DateTime.UtcNow.AddDays(200):yyyy-MM-dd}", target, startedOn = StartedOn, timeZone = "UTC" };
}
