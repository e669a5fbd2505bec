using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Outreach.Http;

/// <summary>Reads request bodies with clear errors: 415 for the wrong media type, 400 naming what is malformed.</summary>
public static class RequestBody
{
    public static async Task<T> ReadJsonAsync<T>(HttpRequest request)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            throw ApiProblemException.UnsupportedMediaType("Send the body as JSON (Content-Type: application/json).");
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, options, request.HttpContext.RequestAborted)
                ?? throw ApiProblemException.BadRequest("The body must be a JSON object, not null.");
        }
        catch (JsonException ex)
        {
            var where = ex.Path is { Length: > 1 } path ? $" at {path}" : string.Empty;
            var line = ex.LineNumber is { } l ? $" (line {l + 1})" : string.Empty;
            throw ApiProblemException.BadRequest($"The body is not valid JSON for this request{where}{line}.");
        }
    }

    /// <summary>
    /// The server refused to read the body (larger than it accepts, ended early, malformed chunks): the
    /// client's fault, a 413 or 400. Kestrel's refusal is an IOException, so without this it would pass for
    /// a storage outage.
    /// </summary>
    public static ApiProblemException Unreadable(BadHttpRequestException refusal, HttpRequest request)
        => refusal.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? ApiProblemException.TooLarge(request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit
                ? $"The request body is larger than the {limit:N0} bytes this server accepts."
                : "The request body is larger than this server accepts.")
            : new ApiProblemException(refusal.StatusCode, "The request body could not be read.", $"The request body could not be read: {refusal.Message}");
}
