using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Outreach.GraphSandbox;
using Microsoft.Extensions.DependencyInjection;
using Outreach.Local.Tokens;
using Outreach.Storage;

namespace Outreach.Benchmarks;

/// <summary>
/// Graph requests per mailbox: a backfill of M messages (target ⌈M / page size⌉ plus a small constant
/// per folder) and a burst of N notifications (target about ⌈N / 20⌉ message reads).
/// </summary>
public static class GraphRequestsBenchmark
{
    public static async Task RunAsync(int messages, int burst)
    {
        await using var sandbox = await GraphSandbox.GraphSandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var benchmark = await BenchmarkHost.StartAsync(new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = sandbox.BaseUrl,
            ["Mail:DeltaPageSize"] = "100",

            // The 15-minute reconcile would land inside a long workload at a random point and add its requests to it.
            ["AzureWebJobs.MailMaintenance.Disabled"] = "true",
        });
        var mailbox = DevelopmentUsers.ObjectIdFor(BenchmarkHost.User).ToString();
        var api = benchmark.Api;
        var storage = benchmark.Host.Services.GetRequiredService<StorageRequestCounter>();

        var csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
        for (var i = 0; i < Math.Max(burst, 50); i++)
        {
            csv.Append($"First{i},Last{i},https://www.linkedin.com/in/b-{i},p{i}@example.com,Co,Role,1 Jan 2015\r\n");
        }

        (await api.PostAsync("api/imports", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        (await api.PutAsJsonAsync("api/plan", new { deadline = DateTime.UtcNow.AddDays(300).ToString("yyyy-MM-dd"), weekdaysOnly = false })).EnsureSuccessStatusCode();
        // A history: one message an hour up to a day ago (100,000 reach back 11 years), none after the plan began.
        var start = DateTimeOffset.UtcNow.AddDays(-1).AddHours(-messages);
        for (var i = 0; i < messages; i++)
        {
            var at = start.AddHours(i);
            if (i % 2 == 0)
            {
                sandbox.Mail.Receive(mailbox, $"p{i % 50}@example.com", subject: $"History {i}", at: at);
            }
            else
            {
                sandbox.Mail.SendAsUser(mailbox, [$"p{i % 50}@example.com", "someone@else.example"], subject: $"History {i}", at: at);
            }
        }

        Console.WriteLine($"Graph requests per mailbox (sandbox over HTTP, real Graph SDK), delta page size 100");
        Console.WriteLine();
        var before = sandbox.Log.Requests.Count;
        var mailboxPoll = await PollCostAsync(api, storage, "api/mailbox");
        var (storageBefore, conflictsBefore, kindsBefore) = (storage.Count, storage.Conflicts, storage.Breakdown());
        var backfillTime = Stopwatch.StartNew();
        (await api.PostAsync("api/mailbox/connect", null)).EnsureSuccessStatusCode();
        var polls = await WaitAsync(api, m => m["folders"]!.AsObject().All(f => f.Value!["syncState"]!.GetValue<string>() == "synced"), "api/mailbox");
        backfillTime.Stop();
        // One record per HTTP request, plus one per step inside a $batch (those carry a step id).
        var backfill = sandbox.Log.Requests.Skip(before).Where(r => r.BatchStepId is null).ToList();
        var delta = backfill.Count(r => r.PathAndQuery.Contains("/delta", StringComparison.OrdinalIgnoreCase));
        // Each folder needs at least one page, the last one carrying the delta link; one subscription per folder.
        int Pages(int folderMessages) => Math.Max(1, (folderMessages + 99) / 100);
        var deltaFloor = Pages((messages + 1) / 2) + Pages(messages / 2);
        Console.WriteLine($"Backfill of {messages:N0} messages: {backfill.Count:N0} Graph requests (floor {deltaFloor + 2:N0}: ⌈{(messages + 1) / 2}/100⌉ + ⌈{messages / 2}/100⌉ = {deltaFloor:N0} delta pages + 2 subscriptions; sent: {delta:N0} delta pages + {backfill.Count - delta} other)");
        var backfillFloor = (2 * ((messages + 99) / 100)) + (2 * Math.Min(messages, 50));
        ReportStorage("Backfill", storage.Count - storageBefore - (polls * mailboxPoll.Count), backfillFloor, $"2 × ⌈{messages}/100⌉ + 2 × {Math.Min(messages, 50)} people", storage.Conflicts - conflictsBefore);
        ReportKinds(kindsBefore, storage.Breakdown(), mailboxPoll.Kinds, polls);
        Console.WriteLine($"  wall time on this machine: {backfillTime.Elapsed.TotalMinutes:0.0} min (not a figure: it depends on the machine's load)");
        if (burst == 0)
        {
            // --burst 0: the backfill alone, e.g. at 100,000 messages where the run is long enough.
            return;
        }

        before = sandbox.Log.Requests.Count;
        var todayPoll = await PollCostAsync(api, storage, "api/today");
        (storageBefore, conflictsBefore, kindsBefore) = (storage.Count, storage.Conflicts, storage.Breakdown());
        sandbox.Notifications.Pause();
        // The review keeps at most about 1,500 people written on one day (a day row's size), so a burst
        // of thousands carries mail of several days: 1,000 a day from today on.
        var sentAt = DateTimeOffset.UtcNow;
        for (var i = 0; i < burst; i++)
        {
            sandbox.Mail.SendAsUser(mailbox, [$"p{i}@example.com"], subject: $"Hello {i}", at: sentAt.AddDays(i / 1000));
        }

        sandbox.Notifications.Resume();
        var todayPolls = await WaitAsync(api, t => t["progress"]!["done"]!.GetValue<int>() >= burst, "api/today");
        var observing = todayPolls * todayPoll.Count;
        var notified = sandbox.Log.Requests.Skip(before).ToList();
        var http = notified.Count(r => r.BatchStepId is null);
        var steps = notified.Count(r => r.BatchStepId is not null);
        Console.WriteLine($"Burst of {burst:N0} notifications: {http} Graph requests carrying {steps} message reads (target about ⌈{burst}/20⌉ = {(burst + 19) / 20}; goal ≤ {((burst + 19) / 20) + 5})");
        var refusals = notified.Count(r => r.Status == 429);
        Console.WriteLine($"  Graph answers 429: {refusals} ({sandbox.Log.MailboxConcurrencyRefusals(mailbox)} MailboxConcurrency refusals in the whole run; goal 0)");
        var burstRequests = storage.Count - storageBefore - observing;
        ReportStorage("Burst", burstRequests, 3 * burst, $"3 × {burst} notifications", storage.Conflicts - conflictsBefore);
        Console.WriteLine($"  per notification: {(double)burstRequests / burst:0.00} storage requests (goal ≤ 3; webhook and linker together; the benchmark's own polling, {observing:N0}, left out)");
        ReportKinds(kindsBefore, storage.Breakdown(), todayPoll.Kinds, todayPolls);
    }

    private static void ReportStorage(string workload, long requests, long goal, string formula, long conflicts)
        => Console.WriteLine(
            $"{workload} storage requests: {requests:N0} without the benchmark's polling (goal ≤ {goal:N0} = {formula}; {(requests <= goal ? "within" : "over")} it by {Math.Abs(goal - requests):N0}, {(double)requests / goal:0.00}× the goal); " +
            $"{conflicts} answers 409/412, every one retried (the workload finished)");

    /// <summary>Where the requests went, most first, without the benchmark's polling (<paramref name="polls"/> asks of <paramref name="poll"/>).</summary>
    private static void ReportKinds(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after, IReadOnlyDictionary<string, long> poll, int polls)
    {
        var kinds = after.Select(k => (Kind: k.Key, Count: k.Value - before.GetValueOrDefault(k.Key) - (polls * poll.GetValueOrDefault(k.Key)))).Where(k => k.Count > 0).OrderByDescending(k => k.Count);
        Console.WriteLine("  by kind: " + string.Join(", ", kinds.Select(k => $"{k.Kind} {k.Count:N0}")));
    }

    /// <returns>How many times it asked: each ask costs the API's own storage requests, which are not the workload's.</returns>
    private static async Task<int> WaitAsync(HttpClient http, Func<JsonObject, bool> done, string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(60);
        for (var polls = 1; DateTime.UtcNow < deadline; polls++)
        {
            // Under this load storage may answer slower than the API's short storage timeout: a 503 means "ask again".
            using var response = await http.GetAsync(path);
            if (response.StatusCode != System.Net.HttpStatusCode.ServiceUnavailable)
            {
                response.EnsureSuccessStatusCode();
                if (done(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject()))
                {
                    return polls;
                }
            }

            await Task.Delay(1000);
        }

        throw new TimeoutException($"{path} did not reach the expected state.");
    }

    /// <summary>Storage requests of one ask of <paramref name="path"/> while nothing else runs, and their kinds.</summary>
    private static async Task<(long Count, IReadOnlyDictionary<string, long> Kinds)> PollCostAsync(HttpClient http, StorageRequestCounter storage, string path)
    {
        var (before, kinds) = (storage.Count, storage.Breakdown());
        await http.GetStringAsync(path);
        var after = storage.Breakdown();
        return (storage.Count - before, after.ToDictionary(k => k.Key, k => k.Value - kinds.GetValueOrDefault(k.Key), StringComparer.Ordinal));
    }
}
