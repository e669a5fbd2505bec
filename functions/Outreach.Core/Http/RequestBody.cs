using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Outreach.Http;

/// <summary>
/// Reads request bodies with clear errors: 415 for the wrong media type, 413 past the size a JSON request
/// needs, 400 saying whether the body is no JSON, no object, or which field is unknown or of the wrong type.
/// </summary>
public static class RequestBody
{
    /// <summary>Far above any JSON request of the API (notes of 20,000 characters, 20 addresses), far below the host's 100 MB.</summary>
    public const int MaxJsonBytes = 1024 * 1024;

    public static async Task<T> ReadJsonAsync<T>(HttpRequest request)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            throw ApiProblemException.UnsupportedMediaType("Send the body as JSON (Content-Type: application/json).");
        }

        if (request.ContentLength > MaxJsonBytes)
        {
            throw TooLargeJson();
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = await BoundedRead.ReadAsync(request.Body, MaxJsonBytes, TooLargeJson, request.HttpContext.RequestAborted);
        return JsonBodies.Parse<T>(body, options);
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

    private static ApiProblemException TooLargeJson()
        => ApiProblemException.TooLarge($"A JSON body may hold at most {MaxJsonBytes / 1024:N0} KiB; this request needs far less.");
}
