using System.Collections.Concurrent;
using System.Text.Json;
using Xunit.Abstractions;
using Azure.Data.Tables;
using Outreach.IntegrationTests.LocalHost;
using Outreach.IntegrationTests.Privacy;
using Outreach.Local.Catalog;
using Outreach.Storage;

namespace Outreach.IntegrationTests.Api;

/// <summary>
/// Every HTTP function of functions.metadata, sent hostile bodies, ids, query strings and headers, as a user
/// with a few people and as a brand-new one: never a 500 or a hang, every error a problem+json naming what is
/// wrong, nothing of the user's partition changed by an error, and no body content in a log line.
/// </summary>
public sealed class HostileInputTests(HostileHostFixture fixture, ITestOutputHelper output) : IClassFixture<HostileHostFixture>
{
    private const int Concurrency = 8;

    /// <summary>A problem says what is wrong in a few sentences; anything longer repeats what was sent.</summary>
    private const int MaxProblemChars = 4096;

    public static TheoryData<string, string, string> HttpRoutes()
    {
        var routes = new TheoryData<string, string, string>();
        foreach (var entry in FunctionCatalog.ReadMetadata(FunctionAppFiles.Default.MetadataPath))
        {
            if (entry.Bindings.SingleOrDefault(b => b.Type == "httpTrigger") is { } trigger)
            {
                foreach (var method in trigger.Methods is { Count: > 0 } methods ? methods.Select(m => m.ToUpperInvariant()) : ["GET"])
                {
                    routes.Add(entry.Name, method, trigger.Route ?? entry.Name);
                }
            }
        }

        return routes;
    }

    [Theory]
    [MemberData(nameof(HttpRoutes))]
    public async Task HostileRequestsGetAProblemNeverA500AndChangeNothing(string function, string method, string route)
    {
        var failures = new ConcurrentQueue<string>();
        var answered = new ConcurrentBag<(HostileRequest Request, int Status, string Detail)>();
        var anonymous = route == "health" || route.StartsWith("graph/", StringComparison.Ordinal);
        var withData = await UserWithPeopleAsync($"hostile-{function}-{method}");
        var brandNew = new HostileUser($"hostile-{function}-{method}-new", null, null);

        foreach (var user in new[] { withData, brandNew })
        {
            var token = anonymous ? null : fixture.Host.Tokens.CreateToken(user.Name);
            foreach (var batch in Batches(method, route, user))
            {
                await SendBatchAsync(user, token, batch, failures, answered);
            }
        }

        output.WriteLine($"{answered.Count} requests: " + string.Join(", ", answered.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}")));
        foreach (var answer in answered.OrderBy(a => a.Request.Name, StringComparer.Ordinal))
        {
            output.WriteLine($"{answer.Request} -> {answer.Status} {answer.Detail}");
        }

        Assert.DoesNotContain(fixture.Logs.Lines, line => line.Contains(HostileRequest.Marker, StringComparison.Ordinal));
        Assert.True(failures.IsEmpty, $"{failures.Count} hostile requests to {method} {route} were answered badly:\n" + string.Join('\n', failures));
    }

    private static IEnumerable<IReadOnlyList<HostileRequest>> Batches(string method, string route, HostileUser user)
    {
        var verb = new HttpMethod(method);
        var readsBody = method is "POST" or "PUT" or "PATCH";
        var hasId = route.Contains('{', StringComparison.Ordinal);
        var path = "/api/" + RouteSamples.Fill(route).Replace(RouteSamples.DummyGuid, user.PersonId ?? RouteSamples.DummyGuid, StringComparison.Ordinal);
        var ifMatch = user.ETag is { } etag ? [new KeyValuePair<string, string>("If-Match", etag)] : Array.Empty<KeyValuePair<string, string>>();
        var emptyJson = readsBody ? HostileRequest.Json("{\"notes\":\"" + HostileRequest.Marker + "\"}") : () => null;

        if (readsBody)
        {
            yield return HostileRequests.Bodies(withHugeBody: user.PersonId is not null)
                .Select(b => new HostileRequest("body: " + b.Name, verb, path, b.Content, ifMatch))
                .ToList();
        }

        if (hasId)
        {
            yield return HostileRequests.Ids()
                .Select(i => new HostileRequest("id: " + i.Name, verb, "/api/" + RouteSamples.Fill(route).Replace(RouteSamples.DummyGuid, i.Id, StringComparison.Ordinal), emptyJson, ifMatch)
                {
                    RefusedByTheServer = i.Id == HostileRequests.NulId,
                })
                .ToList();
        }

        yield return HostileRequests.Queries()
            .Select(q => new HostileRequest("query: " + q.Name, verb, path + q.Query, emptyJson, ifMatch))
            .ToList();

        yield return HostileRequests.Headers()
            .Select(h => new HostileRequest("header: " + h.Name, verb, path, emptyJson, [h.Header]))
            .ToList();
    }

    private async Task SendBatchAsync(HostileUser user, string? token, IReadOnlyList<HostileRequest> batch, ConcurrentQueue<string> failures, ConcurrentBag<(HostileRequest Request, int Status, string Detail)> answered)
    {
        var before = await RowsAsync(user.Name);
        var answers = await SendAllAsync(token, batch, failures);
        answers.ForEach(answered.Add);
        if (answers.All(a => a.Status >= 400))
        {
            AssertUnchanged(before, await RowsAsync(user.Name), batch, failures);
            return;
        }

        // Some hostile requests were fine to accept (a body a route ignores, say) and wrote: send the
        // refused ones again on their own, so what changes can only come from a refused request.
        var refused = answers.Where(a => a.Status >= 400).Select(a => a.Request).ToList();
        if (refused.Count == 0)
        {
            return;
        }

        before = await RowsAsync(user.Name);
        var again = await SendAllAsync(token, refused, new ConcurrentQueue<string>());
        if (again.All(a => a.Status >= 400))
        {
            AssertUnchanged(before, await RowsAsync(user.Name), refused, failures);
        }
    }

    private static void AssertUnchanged(string before, string after, IReadOnlyList<HostileRequest> batch, ConcurrentQueue<string> failures)
    {
        if (before != after)
        {
            failures.Enqueue($"the partition changed although every request was refused: {string.Join(", ", batch)}\n  before: {before}\n  after: {after}");
        }
    }

    private async Task<List<(HostileRequest Request, int Status, string Detail)>> SendAllAsync(string? token, IReadOnlyList<HostileRequest> batch, ConcurrentQueue<string> failures)
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var answers = new ConcurrentBag<(HostileRequest, int, string)>();
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (hostile, cancellationToken) =>
        {
            try
            {
                using var request = hostile.Build(token);
                using var response = await http.SendAsync(request, cancellationToken);
                var status = (int)response.StatusCode;
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                answers.Add((hostile, status, status >= 400 ? text[..Math.Min(text.Length, 400)] : string.Empty));
                if (ProblemOf(response, text, hostile.RefusedByTheServer) is { } wrong)
                {
                    failures.Enqueue($"{hostile}: {wrong}");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                failures.Enqueue($"{hostile}: no answer ({ex.GetType().Name}: {ex.Message})");
            }
        });
        return [.. answers];
    }

    /// <summary>What is wrong with the answer, or null: below 500, and every error a problem naming what is wrong.</summary>
    private static string? ProblemOf(HttpResponseMessage response, string text, bool refusedByTheServer)
    {
        var status = (int)response.StatusCode;
        if (refusedByTheServer && status == 400 && text.Length == 0 && !response.Headers.Contains("X-Outreach-Function"))
        {
            return null;
        }

        var shown = $"{status} {response.Content.Headers.ContentType} {text[..Math.Min(text.Length, 300)]}";
        if (status < 400)
        {
            return null;
        }

        if (text.Contains(HostileRequest.Marker, StringComparison.Ordinal))
        {
            return "the error repeats body content: " + shown;
        }

        if (status >= 500)
        {
            return "a server error: " + shown;
        }

        if (text.Length > MaxProblemChars)
        {
            return $"an error of {text.Length:N0} characters, which echoes the input: " + shown;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return "an error that is no problem+json: " + shown;
        }

        try
        {
            var problem = JsonDocument.Parse(text).RootElement;
            var complete = problem.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.Number && s.GetInt32() == status
                && problem.TryGetProperty("title", out var title) && !string.IsNullOrWhiteSpace(title.GetString())
                && problem.TryGetProperty("detail", out var detail) && !string.IsNullOrWhiteSpace(detail.GetString());
            return complete ? null : "a problem without status, title or detail: " + shown;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return "a problem that is no JSON object: " + shown;
        }
    }

    private async Task<HostileUser> UserWithPeopleAsync(string name)
    {
        using var api = new ApiClient(fixture.Host.BaseAddress, fixture.Host.Tokens.CreateToken(name));
        await api.ImportOkAsync(new LinkedInCsv()
            .Add("Jane", "Doe", "jane@example.com", "Contoso", "CTO")
            .Add("Max", "Muster", "max@example.com")
            .Add("Erika", "Mustermann")
            .ToString());
        var id = (await api.AllPeopleAsync()).First()["id"]!.GetValue<string>();
        using var person = await api.Http.GetAsync($"api/people/{id}");
        return new HostileUser(name, id, person.Headers.ETag?.ToString());
    }

    /// <summary>The user's rows as RowKey and ETag, straight from storage.</summary>
    private async Task<string> RowsAsync(string userName)
    {
        var table = fixture.Storage.Tables().GetTableClient(OutreachTable.TableName);
        var rows = new List<string>();
        try
        {
            await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {ErasePartition.Of(userName)}"), select: ["RowKey"]))
            {
                rows.Add($"{row.RowKey} {row.ETag}");
            }
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // No table yet: nothing was ever written.
        }

        return string.Join('\n', rows.Order(StringComparer.Ordinal));
    }

    private sealed record HostileUser(string Name, string? PersonId, string? ETag);
}
