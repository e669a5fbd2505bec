using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Outreach.Storage;

namespace Outreach.Benchmarks;

/// <summary>
/// Imports a network of N people into an in-memory Azurite through the local host, then counts the
/// storage requests each hot API call makes. Times are reported only as ratios within this run.
/// </summary>
public static class StorageRequestsBenchmark
{
    public static async Task RunAsync(int people)
    {
        await using var benchmark = await BenchmarkHost.StartAsync();
        var counter = benchmark.Host.Services.GetRequiredService<StorageRequestCounter>();
        var http = benchmark.Api;

        Console.WriteLine($"Outreach storage requests per call, {people:N0} people (Azurite in memory, local host over HTTP)");
        Console.WriteLine();
        Console.WriteLine($"{"call",-44} {"storage requests",17} {"response bytes",15}");

        var csv = Network(people);
        var import = await MeasureAsync(counter, () => http.PostAsync("api/imports", new ByteArrayContent(csv) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }));
        Report($"POST /api/imports ({csv.Length / 1024:N0} KiB)", import);
        Report("PUT /api/plan (same order)", await MeasureAsync(counter, () => Put(http, "longestSilence")));
        Report("PUT /api/plan (new order: queue rebuilt)", await MeasureAsync(counter, () => Put(http, "byName")));

        var today = await MeasureAsync(counter, () => http.GetAsync("api/today"));
        Report("GET /api/today", today);
        for (var i = 0; i < 3; i++)
        {
            Report($"GET /api/today (again, #{i + 2})", await MeasureAsync(counter, () => http.GetAsync("api/today")));
        }

        var nextId = System.Text.Json.JsonDocument.Parse(today.Body).RootElement.GetProperty("next").GetProperty("id").GetString();
        Report("GET /api/people/{id}", await MeasureAsync(counter, () => http.GetAsync($"api/people/{nextId}")));
        Report("POST /api/people/{id}/skip", await MeasureAsync(counter, () => http.PostAsync($"api/people/{nextId}/skip", null)));
        Report("GET /api/today (after a skip)", await MeasureAsync(counter, () => http.GetAsync("api/today")));
        Report("GET /api/people (first page of 50)", await MeasureAsync(counter, () => http.GetAsync("api/people")));
        Report("GET /api/people?search=last29", await MeasureAsync(counter, () => http.GetAsync("api/people?search=last29")));
        Report("GET /api/people/counts", await MeasureAsync(counter, () => http.GetAsync("api/people/counts")));
        Report("GET /api/people?status=replied (first page)", await MeasureAsync(counter, () => http.GetAsync("api/people?status=replied")));
        Report("GET /api/replies", await MeasureAsync(counter, () => http.GetAsync("api/replies")));
        Report("GET /api/people/lookup?email=", await MeasureAsync(counter, () => http.GetAsync("api/people/lookup?email=p10%40example.com")));
        Report("GET /api/health (baseline)", await MeasureAsync(counter, () => http.GetAsync("api/health")));
        // Only people with an address can be written to: half of those, at most the story's 1,109.
        var counts = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("api/people/counts")).RootElement;
        var withAddress = counts.GetProperty("open").GetInt32() - counts.GetProperty("needsEmail").GetInt32();
        await ReviewAsync(benchmark, counter, Math.Min(Written, withAddress / 2));

        Console.WriteLine();
        var health = await MeasureAsync(counter, () => http.GetAsync("api/health"), repeat: 20);
        var todayTimed = await MeasureAsync(counter, () => http.GetAsync("api/today"), repeat: 20);
        Console.WriteLine($"GET /api/today takes {todayTimed.Elapsed.TotalMilliseconds / health.Elapsed.TotalMilliseconds:0.0}× the time of GET /api/health in this run (20 calls each).");
    }

    /// <summary>The story's year: 1,109 people written (here: marked written elsewhere, one call each).</summary>
    private const int Written = 1109;

    /// <summary>
    /// Writes <paramref name="written"/> people through the API (each the next person of Today, marked written
    /// elsewhere), seeds as many replies waiting for an answer — rows the linker writes, put directly because
    /// linking a thousand mails through the sandbox would dominate the run; the review only counts their keys —
    /// and reports what the review costs with all of that.
    /// </summary>
    private static async Task ReviewAsync(BenchmarkHost benchmark, StorageRequestCounter counter, int written)
    {
        var http = benchmark.Api;
        Measurement? first = null;
        Measurement? started = null;
        for (var i = 0; i < written; i++)
        {
            using var today = await http.GetAsync("api/today");
            var id = System.Text.Json.JsonDocument.Parse(await today.Content.ReadAsStringAsync()).RootElement.GetProperty("next").GetProperty("id").GetString();
            started ??= await MeasureAsync(counter, () => http.PostAsync($"api/people/{id}/write-started", null));
            var mark = await MeasureAsync(counter, () => http.PostAsync($"api/people/{id}/written", null));
            first ??= mark;
        }

        var user = new Auth.UserId(Local.Tokens.DevelopmentUsers.TenantId, Local.Tokens.DevelopmentUsers.ObjectIdFor(BenchmarkHost.User));
        var table = await benchmark.Host.Services.GetRequiredService<OutreachTable>().GetClientAsync(CancellationToken.None);
        foreach (var chunk in Enumerable.Range(0, written).Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(i => new Azure.Data.Tables.TableTransactionAction(
                Azure.Data.Tables.TableTransactionActionType.UpsertReplace,
                new Azure.Data.Tables.TableEntity(user.PartitionKey, Mail.Linker.MailRows.Reply($"{i:x24}")) { ["PersonId"] = $"{i:x24}" })));
        }

        Report("POST /api/people/{id}/write-started", started!);
        Report("POST /api/people/{id}/written", first!);
        var review = await MeasureAsync(counter, () => http.GetAsync("api/review"));
        Report($"GET /api/review ({written:N0} written + waiting)", review);
        Report("GET /api/review?from=&to= (one week)", await MeasureAsync(counter, () => http.GetAsync($"api/review?from={DateTime.UtcNow.AddDays(-6):yyyy-MM-dd}&to={DateTime.UtcNow:yyyy-MM-dd}")));
    }

    private static Task<HttpResponseMessage> Put(HttpClient http, string order)
        => http.PutAsync("api/plan", new StringContent(
            $$"""{"deadline":"{{DateTime.UtcNow.AddDays(200):yyyy-MM-dd}}","order":"{{order}}","weekdaysOnly":true}""", Encoding.UTF8, "application/json"));

    private static async Task<Measurement> MeasureAsync(StorageRequestCounter counter, Func<Task<HttpResponseMessage>> call, int repeat = 1)
    {
        var before = counter.Count;
        var watch = Stopwatch.StartNew();
        string body = string.Empty;
        for (var i = 0; i < repeat; i++)
        {
            using var response = await call();
            body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
            }
        }

        return new Measurement((counter.Count - before) / repeat, Encoding.UTF8.GetByteCount(body), watch.Elapsed, body);
    }

    private static void Report(string call, Measurement m) => Console.WriteLine($"{call,-44} {m.Requests,17:N0} {m.Bytes,15:N0}");

    private static byte[] Network(int people)
    {
        var csv = new StringBuilder("Notes:\r\n\"...\"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
        var random = new Random(42);
        for (var i = 0; i < people; i++)
        {
            var email = i % 5 == 0 ? $"p{i}@example.com" : string.Empty;
            var connected = new DateOnly(2005, 1, 1).AddDays(random.Next(0, 7000));
            csv.Append($"First{i},Last{i},https://www.linkedin.com/in/person-{i},{email},Company {i % 700},Role {i % 40},{connected:d MMM yyyy}\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private sealed record Measurement(long Requests, int Bytes, TimeSpan Elapsed, string Body);
}
