using System.Text.Json.Nodes;

namespace Outreach.GraphSandbox.Graph;

/// <summary>What the pipeline answers: a status, headers and an optional JSON body.</summary>
internal sealed class GraphResponse
{
    private GraphResponse(int status, JsonNode? body)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; }

    public JsonNode? Body { get; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Seconds of a <c>Retry-After</c> header, if set.</summary>
    public int? RetryAfterSeconds => Headers.TryGetValue("Retry-After", out var value) && int.TryParse(value, out var seconds) ? seconds : null;

    public static GraphResponse Json(int status, JsonNode body) => new(status, body);

    public static GraphResponse Empty(int status) => new(status, null);

    /// <summary>Graph's error shape: <c>{"error":{"code","message","innerError":{...}}}</c>.</summary>
    public static GraphResponse Error(int status, string code, string message) => new(status, new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject
            {
                ["date"] = GraphJson.Time(DateTimeOffset.UtcNow),
                ["request-id"] = Guid.NewGuid().ToString(),
            },
        },
    });

    public GraphResponse WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}
