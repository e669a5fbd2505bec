using Microsoft.Extensions.DependencyInjection;
using Outreach.IntegrationTests.MailFlow;
using Outreach.Storage;

namespace Outreach.IntegrationTests.Api;

/// <summary>The storage requests one API call makes, by kind (<see cref="StorageRequestKind"/>), from the host's counter.</summary>
public static class StorageRequestCount
{
    /// <summary>Table requests only: the host's queue triggers poll their queues whatever the test does.</summary>
    public static bool IsTable(string kind) => kind.StartsWith("table", StringComparison.Ordinal);

    /// <summary>Every request but the queue listener's polls, which go on whatever the test does.</summary>
    public static bool IsWork(string kind) => kind != "queue receive";

    public static Task<IReadOnlyDictionary<string, long>> TableRequestsAsync(LocalHostFixture fixture, Func<Task<HttpResponseMessage>> call)
        => TableRequestsAsync(fixture.Host.Services.GetRequiredService<StorageRequestCounter>(), call);

    public static async Task<IReadOnlyDictionary<string, long>> TableRequestsAsync(StorageRequestCounter counter, Func<Task<HttpResponseMessage>> call)
    {
        await QuietAsync(counter, IsTable);
        var before = counter.Breakdown();
        using (var response = await call())
        {
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return Since(counter, before, IsTable);
    }

    /// <summary>
    /// Waits until the host makes no request of the given kinds for a moment: work other tests of the shared host
    /// left queued (linking their mail, say) would otherwise be counted as the call's.
    /// </summary>
    public static async Task QuietAsync(StorageRequestCounter counter, Func<string, bool> kinds)
        => await Eventually.ThatAsync(
            async () =>
            {
                var start = Sum(counter.Breakdown(), kinds);
                await Task.Delay(300);
                return Sum(counter.Breakdown(), kinds) - start;
            },
            n => n == 0,
            "the host's background work to settle");

    /// <summary>The requests of the given kinds made since <paramref name="before"/>, by kind.</summary>
    public static IReadOnlyDictionary<string, long> Since(StorageRequestCounter counter, IReadOnlyDictionary<string, long> before, Func<string, bool> kinds)
        => counter.Breakdown()
            .Where(k => kinds(k.Key))
            .Select(k => (k.Key, Count: k.Value - before.GetValueOrDefault(k.Key)))
            .Where(k => k.Count > 0)
            .ToDictionary(k => k.Key, k => k.Count, StringComparer.Ordinal);

    public static string Describe(IReadOnlyDictionary<string, long> kinds)
        => $"{kinds.Values.Sum()} ({string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}: {k.Value}"))})";

    private static long Sum(IReadOnlyDictionary<string, long> breakdown, Func<string, bool> kinds)
        => breakdown.Where(k => kinds(k.Key)).Sum(k => k.Value);
}
