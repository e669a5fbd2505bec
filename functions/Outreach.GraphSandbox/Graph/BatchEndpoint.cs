using System.Text.Json;
using System.Text.Json.Nodes;

namespace Outreach.GraphSandbox.Graph;

/// <summary>
/// <c>POST /$batch</c>: JSON batching. Each step runs through the whole pipeline (faults, log) with
/// the envelope's token, so one step can be throttled while the others succeed; the SDK does not
/// retry such a step, the caller must.
/// </summary>
internal sealed class BatchEndpoint(GraphPipeline pipeline)
{
    /// <summary>Graph's limit of steps per batch.</summary>
    public const int MaxSteps = 20;

    public async Task<GraphResponse> PostAsync(GraphRequest request, CancellationToken cancellationToken)
    {
        var (steps, refusal) = ReadSteps(request);
        if (steps is null)
        {
            return refusal!;
        }

        var responses = new JsonArray();
        foreach (var step in steps)
        {
            var response = await pipeline.SendAsync(step, cancellationToken);
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

            responses.Add(item);
        }

        return GraphResponse.Json(200, new JsonObject { ["responses"] = responses });
    }

    private static (List<GraphRequest>? Steps, GraphResponse? Refusal) ReadSteps(GraphRequest envelope)
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
            return (null, BadRequest("Invalid batch payload format."));
        }

        if (requests.Count > MaxSteps)
        {
            return (null, BadRequest($"The number of batch requests ({requests.Count}) exceeds the limit of {MaxSteps}."));
        }

        var steps = new List<GraphRequest>();
        foreach (var node in requests)
        {
            var id = Text(node, "id");
            var method = Text(node, "method");
            var url = Text(node, "url");
            if (id is null || method is null || url is null)
            {
                return (null, BadRequest("Each batch request needs id, method and url."));
            }

            if (steps.Exists(s => s.BatchStepId == id))
            {
                return (null, BadRequest($"Batch request id '{id}' is used more than once."));
            }

            steps.Add(Step(envelope, node!, id, method, url));
        }

        return (steps, null);
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
