using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Outreach.GraphSandbox;
using Outreach.Local.Tokens;
using Outreach.Storage;

namespace Outreach.Benchmarks;

/// <summary>
/// The webhook under Graph's load: 2,000 POSTs, 200 at a time, of genuine notifications and of forged
/// ones (a real subscription, a wrong clientState), against <c>GET /api/health</c> in the same run, several runs in a
/// row. The goal: p99 of genuine ones at most 3× health's, never over 1 s, and forged ones no dearer.
/// </summary>
public static class WebhookBenchmark
{
    private const int Total = 2_000;
    private const int Concurrency = 200;
    private const int Messages = 200;

    public static async Task RunAsync(int runs)
    {
        await using var sandbox = await GraphSandbox.GraphSandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var benchmark = await BenchmarkHost.StartAsync(new Dictionary<string, string?> { ["Graph:BaseUrl"] = sandbox.BaseUrl });
        var mailbox = DevelopmentUsers.ObjectIdFor(BenchmarkHost.User).ToString();
        var api = benchmark.Api;

        var csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
        for (var i = 0; i < 50; i++)
        {
            csv.Append($"First{i},Last{i},https://www.linkedin.com/in/w-{i},p{i}@example.com,Co,Role,1 Jan 2015\r\n");
        }

        (await api.PostAsync("api/imports", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var messageIds = Enumerable.Range(0, Messages)
            .Select(i => sandbox.Mail.SendAsUser(mailbox, [$"p{i % 50}@example.com"], subject: $"Hello {i}", at: DateTimeOffset.UtcNow.AddDays(-1).AddMinutes(i)).Id)
            .ToList();
        (await api.PostAsync("api/mailbox/connect", null)).EnsureSuccessStatusCode();
        await WaitSyncedAsync(api);
        var subscription = sandbox.Subscriptions.All(mailbox).First(s => s.Folder == "sentitems");

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = benchmark.Host.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var counter = benchmark.Host.Services.GetRequiredService<StorageRequestCounter>();
        HttpRequestMessage Health(int i) => new(HttpMethod.Get, "api/health");
        HttpRequestMessage Valid(int i) => Notification(subscription.Id, subscription.ClientState!, mailbox, messageIds[i % Messages]);
        HttpRequestMessage Forged(int i) => Notification(subscription.Id, "forged-" + i, mailbox, messageIds[i % Messages]);

        // Warm up every path (JIT, connections, the subscription cache) before measuring.
        await RunAsync(http, Health, 400, Concurrency);
        await RunAsync(http, Valid, 400, Concurrency);
        await RunAsync(http, Forged, 400, Concurrency);

        Console.WriteLine($"Webhook under load: {Total:N0} requests per kind and run, {Concurrency} at a time, {runs} runs (local host over HTTP, Azurite in memory, linker running)");
        Console.WriteLine();
        Console.WriteLine($"{"run",3} {"health p50/p99 ms",18} {"valid p50/p99 ms",17} {"forged p50/p99 ms",18} {"valid÷health",13} {"forged÷valid",13} {"storage req/valid POST",23}");
        var results = new List<Run>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await MeasureAsync(http, [Health, Valid, Forged], counter);
            results.Add(result);
            Console.WriteLine($"{run,3} {Pair(result.Health),18} {Pair(result.Valid),17} {Pair(result.Forged),18} {result.Ratio,13:0.00} {result.Forged.P99 / result.Valid.P99,13:0.00} {result.StoragePerValid,23:0.00}");
        }

        // One run's p99 is the slowest ~20 of 2,000 answers, and a group commit answers ~100 at once: on a
        // shared machine a single stalled write moves it. The median over runs is the figure; every run is shown.
        var median = results.Select(r => r.Ratio).Order().ElementAt(results.Count / 2);
        var worst = results.Max(r => r.Valid.P99);
        Console.WriteLine();
        Console.WriteLine($"median p99 valid / p99 health = {median:0.00} over {runs} runs (goal ≤ 3.00: {(median <= 3 ? "met" : "NOT met")}); runs within the goal: {results.Count(r => r.Ratio <= 3)} of {runs}");
        Console.WriteLine($"worst p99 valid = {worst:N0} ms (goal ≤ 1,000 ms: {(worst <= 1000 ? "met" : "NOT met")})");
        Console.WriteLine($"median p99 forged / p99 valid = {results.Select(r => r.Forged.P99 / r.Valid.P99).Order().ElementAt(results.Count / 2):0.00} (goal ≤ 1: forged ones cost no more)");
    }

    /// <summary>
    /// One run: the three kinds interleave in rounds of one concurrency's worth, in rotating order, so the
    /// background work the POSTs cause (the intake and the linker) weighs on the baseline as on the webhook.
    /// </summary>
    private static async Task<Run> MeasureAsync(HttpClient http, Func<int, HttpRequestMessage>[] kinds, StorageRequestCounter counter)
    {
        var times = kinds.Select(_ => new List<double>()).ToArray();
        var storage = new long[kinds.Length];
        for (var round = 0; round < Total / Concurrency; round++)
        {
            for (var k = 0; k < kinds.Length; k++)
            {
                var kind = (round + k) % kinds.Length;
                var before = counter.Count;
                times[kind].AddRange(await RunAsync(http, kinds[kind], Concurrency, Concurrency));
                storage[kind] += counter.Count - before;
            }
        }

        return new Run(Phase.Of(times[0]), Phase.Of(times[1]), Phase.Of(times[2]), storage[1] / (double)times[1].Count);
    }

    private static string Pair(Phase phase) => $"{phase.P50:0.0} / {phase.P99:0.0}";

    private static async Task<double[]> RunAsync(HttpClient http, Func<int, HttpRequestMessage> request, int total, int concurrency)
    {
        var times = new double[total];
        var next = -1;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                var watch = Stopwatch.StartNew();
                using var response = await http.SendAsync(request(i));
                await response.Content.ReadAsByteArrayAsync();
                times[i] = watch.Elapsed.TotalMilliseconds;
                // Health now probes storage with a short timeout: under this load it may answer 503,
                // which still measures a round trip; the webhook must always answer 202.
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Accepted or HttpStatusCode.ServiceUnavailable)
                    || (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.RequestMessage?.Method != HttpMethod.Get))
                {
                    throw new InvalidOperationException($"{request(i).RequestUri} answered {(int)response.StatusCode}.");
                }
            }
        });
        await Task.WhenAll(workers);
        return times;
    }

    /// <summary>A body shaped like Graph's changeNotificationCollection for one created message.</summary>
    private static HttpRequestMessage Notification(string subscriptionId, string clientState, string mailbox, string messageId)
    {
        var item = new JsonObject
        {
            ["subscriptionId"] = subscriptionId,
            ["subscriptionExpirationDateTime"] = DateTimeOffset.UtcNow.AddDays(3).ToString("O"),
            ["changeType"] = "created",
            ["resource"] = $"Users/{mailbox}/Messages/{messageId}",
            ["resourceData"] = new JsonObject
            {
                ["@odata.type"] = "#Microsoft.Graph.Message",
                ["@odata.id"] = $"Users/{mailbox}/Messages/{messageId}",
                ["@odata.etag"] = "W/\"CQAAABYAAAA\"",
                ["id"] = messageId,
            },
            ["clientState"] = clientState,
            ["tenantId"] = DevelopmentUsers.TenantId.ToString(),
        };
        var body = new JsonObject { ["value"] = new JsonArray(item) };
        return new HttpRequestMessage(HttpMethod.Post, "api/graph/notifications") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
    }

    private static async Task WaitSyncedAsync(HttpClient api)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            var mailbox = JsonNode.Parse(await api.GetStringAsync("api/mailbox"))!;
            if (mailbox["folders"]!.AsObject().All(f => f.Value!["syncState"]!.GetValue<string>() == "synced"))
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The mailbox did not finish its backfill.");
    }

    private sealed record Phase(double P50, double P99)
    {
        public static Phase Of(List<double> times)
        {
            times.Sort();
            return new Phase(times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.99) - 1]);
        }
    }

    private sealed record Run(Phase Health, Phase Valid, Phase Forged, double StoragePerValid)
    {
        public double Ratio => Valid.P99 / Health.P99;
    }
}
