using Microsoft.Extensions.DependencyInjection;
using Outreach.Storage;

namespace Outreach.IntegrationTests.Api;

/// <summary>The storage requests one API call makes, by kind (<see cref="StorageRequestKind"/>), from the host's counter.</summary>
public static class StorageRequestCount
{
    /// <summary>Table requests only: the host's queue triggers poll their queues whatever the test does.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> TableRequestsAsync(LocalHostFixture fixture, Func<Task<HttpResponseMessage>> call)
    {
        var counter = fixture.Host.Services.GetRequiredService<StorageRequestCounter>();
        var before = counter.Breakdown();
        using (var response = await call())
        {
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return counter.Breakdown()
            .Where(k => k.Key.StartsWith("table", StringComparison.Ordinal))
            .Select(k => (k.Key, Count: k.Value - before.GetValueOrDefault(k.Key)))
            .Where(k => k.Count > 0)
            .ToDictionary(k => k.Key, k => k.Count, StringComparer.Ordinal);
    }

    public static string Describe(IReadOnlyDictionary<string, long> kinds)
        => $"{kinds.Values.Sum()} ({string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}: {k.Value}"))})";
}
