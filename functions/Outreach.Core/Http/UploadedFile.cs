using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Net.Http.Headers;

namespace Outreach.Http;

/// <summary>
/// Reads an uploaded file: the raw body (text/csv, a ZIP and friends) or the first file of a multipart form,
/// never more than the limit, with the file's name when the form gives one.
/// </summary>
public static class UploadedFile
{
    private static readonly HashSet<string> FileTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/csv", "text/plain", "text/comma-separated-values", "application/csv", "application/vnd.ms-excel", "application/octet-stream",
        "application/zip", "application/x-zip-compressed", "application/x-zip",
    };

    public static async Task<UploadedContent> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var contentType = request.ContentType is { Length: > 0 } raw && MediaTypeHeaderValue.TryParse(raw, out var parsed)
            ? parsed.MediaType.Value
            : null;
        if (contentType is not null && contentType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var form = await ReadFormAsync(request, cancellationToken);
            var file = form.Files.Count > 0 ? form.Files[0] : throw ApiProblemException.Field("file", "The form holds no file.");
            if (file.Length > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            await using var stream = file.OpenReadStream();
            return new UploadedContent(file.FileName, await BoundedRead.ReadAsync(stream, maxBytes, () => TooLarge(maxBytes), cancellationToken));
        }

        if (contentType is not null && !FileTypes.Contains(contentType))
        {
            throw ApiProblemException.UnsupportedMediaType(
                $"Send the CSV file or LinkedIn's ZIP as the body (Content-Type: text/csv or application/zip) or as a multipart form; '{contentType}' is not a file type this API reads.");
        }

        return new UploadedContent(null, await BoundedRead.ReadAsync(request.Body, maxBytes, () => TooLarge(maxBytes), cancellationToken));
    }

    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException || (ex is IOException && ex is not BadHttpRequestException))
        {
            // A form without a boundary, or one that ends before its closing boundary: the client's mistake,
            // not a storage outage (which an IOException would otherwise pass for). The parser's message may
            // quote the body, so it is not passed on.
            var what = request.GetMultipartBoundary().Length == 0 ? "has no boundary in its Content-Type" : "is malformed or ends before its closing boundary";
            throw ApiProblemException.Field(
                "file",
                $"The multipart form {what}; send the file as a complete multipart/form-data body, or as the raw body.");
        }
    }

    private static ApiProblemException TooLarge(long maxBytes)
        => ApiProblemException.TooLarge($"The file is larger than {maxBytes / (1024 * 1024)} MB; split it or export fewer contacts.");
}
