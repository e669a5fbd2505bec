using System.Text.Json;
using System.Text.Json.Nodes;
using Outreach.GraphSandbox.Faults;

namespace Outreach.GraphSandbox.Graph;

/// <summary>
/// <c>POST /$batch</c>: JSON batching. Each step runs through the whole pipeline (faults, log) with
/// the envelope's token, so one step can be throttled while the others succeed; the SDK does not
/// retry such a step, the caller must. Graph hands steps to Outlook at most 4 at a time (one at a
/// time when any step has <c>dependsOn</c>), and each counts against the mailbox's concurrency limit.
/// The sandbox models that without racing threads: the batch takes up to that many slots for its whole
/// run, and the steps of the first wave that found no free slot are refused with 429, as in Graph.
/// </summary>
internal sealed class BatchEndpoint(GraphPipeline pipeline, FaultInjector faults)
{
    /// <summary>Graph's limit of steps per batch.</summary>
    public const int MaxSteps = 20;

    /// <summary>How many steps Graph runs at once.</summary>
    public const int ParallelSteps = 4;

    public async Task<GraphResponse> PostAsync(GraphRequest request, CallerToken caller, CancellationToken cancellationToken)
    {
        var (steps, sequential, refusal) = ReadSteps(request);
        if (steps is null)
        {
            return refusal!;
        }

        var wanted = Math.Min(steps.Count, sequential ? 1 : ParallelSteps);
        var held = faults.EnterUpTo(caller.ObjectId, wanted);
        var responses = new JsonArray();
        try
        {
            for (var i = 0; i < steps.Count; i++)
            {
                var step = held == 0 || (i >= held && i < wanted) ? WithRefusal(steps[i]) : steps[i];
                responses.Add(Item(step, await pipeline.SendAsync(step, cancellationToken)));
            }
        }
        finally
        {
            faults.Exit(caller.ObjectId, held);
        }

        return GraphResponse.Json(200, new JsonObject { ["responses"] = responses });
    }

    private GraphRequest WithRefusal(GraphRequest step) => new()
    {
        Method = step.Method,
        Path = step.Path,
        RawQuery = step.RawQuery,
        Headers = step.Headers,
        Body = step.Body,
        BaseUrl = step.BaseUrl,
        BatchStepId = step.BatchStepId,
        BatchRefusal = faults.ConcurrencyRefusal(),
    };

    private static JsonObject Item(GraphRequest step, GraphResponse response)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in response.Headers)
        {
            headers[name] = value;
        }

        if (response.Body is not null)
        {
            headers["Content-Type"] = "application/json; charset=utf-8";
        }

        var item = new JsonObject { ["id"] = step.BatchStepId, ["status"] = response.Status, ["headers"] = headers };
        if (response.Body is not null)
        {
            item["body"] = response.Body.DeepClone();
        }

        return item;
    }

    private static (List<GraphRequest>? Steps, bool Sequential, GraphResponse? Refusal) ReadSteps(GraphRequest envelope)
    {
        JsonArray? requests;
        try
        {
            requests = JsonNode.Parse(envelope.Body ?? string.Empty)?["requests"] as JsonArray;
        }
        catch (JsonException)
        {
            requests = null;
        }

        if (requests is null || requests.Count == 0)
        {
            return (null, false, BadRequest("Invalid batch payload format."));
        }

        if (requests.Count > MaxSteps)
        {
            return (null, false, BadRequest($"The number of batch requests ({requests.Count}) exceeds the limit of {MaxSteps}."));
        }

        var steps = new List<GraphRequest>();
        foreach (var node in requests)
        {
            var id = Text(node, "id");
            var method = Text(node, "method");
            var url = Text(node, "url");
            if (id is null || method is null || url is null)
            {
                return (null, false, BadRequest("Each batch request needs id, method and url."));
            }

            if (steps.Exists(s => s.BatchStepId == id))
            {
                return (null, false, BadRequest($"Batch request id '{id}' is used more than once."));
            }

            steps.Add(Step(envelope, node!, id, method, url));
        }

        return (steps, requests.Any(node => node?["dependsOn"] is not null), null);
    }

    /// <summary>A step as a request: its own headers, the envelope's Authorization (steps inherit it).</summary>
    private static GraphRequest Step(GraphRequest envelope, JsonNode node, string id, string method, string url)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (node["headers"] is JsonObject stepHeaders)
        {
            foreach (var (name, value) in stepHeaders)
            {
                headers[name] = value?.ToString() ?? string.Empty;
            }
        }

        if (envelope.Header("Authorization") is { } authorization)
        {
            headers["Authorization"] = authorization;
        }

        var relative = url.TrimStart('/');
        var queryStart = relative.IndexOf('?', StringComparison.Ordinal);
        return new GraphRequest
        {
            Method = method.ToUpperInvariant(),
            Path = Uri.UnescapeDataString(queryStart < 0 ? relative : relative[..queryStart]),
            RawQuery = queryStart < 0 ? string.Empty : relative[(queryStart + 1)..],
            Headers = headers,
            Body = node["body"]?.ToJsonString(),
            BaseUrl = envelope.BaseUrl,
            BatchStepId = id,
        };
    }

    private static string? Text(JsonNode? node, string name)
        => node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static GraphResponse BadRequest(string message) => GraphResponse.Error(400, "BadRequest", message);
}
