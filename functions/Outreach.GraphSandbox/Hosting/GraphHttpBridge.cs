using System.Text;
using Microsoft.AspNetCore.Http;
using Outreach.GraphSandbox.Graph;

namespace Outreach.GraphSandbox.Hosting;

/// <summary>Turns an HTTP request below <c>/v1.0</c> into a <see cref="GraphRequest"/> and writes the answer.</summary>
internal static class GraphHttpBridge
{
    private const string JsonContentType = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";

    public static async Task HandleAsync(HttpContext context, GraphPipeline pipeline)
    {
        var http = context.Request;
        using var reader = new StreamReader(http.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new GraphRequest
        {
            Method = http.Method.ToUpperInvariant(),
            Path = (http.Path.Value ?? string.Empty).TrimStart('/'),
            RawQuery = http.QueryString.HasValue ? http.QueryString.Value![1..] : string.Empty,
            Headers = http.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value.ToArray()), StringComparer.OrdinalIgnoreCase),
            Body = body.Length == 0 ? null : body,
            BaseUrl = $"{http.Scheme}://{http.Host}{http.PathBase}",
        };

        var response = await pipeline.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = JsonContentType;
            await context.Response.WriteAsync(response.Body.ToJsonString(), context.RequestAborted);
        }
    }
}
