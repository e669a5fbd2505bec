using System.Net.Http.Headers;
using System.Text;

namespace Outreach.IntegrationTests.Api;

/// <summary>One hostile request: what it tries, and how to build it afresh for each send.</summary>
public sealed record HostileRequest(string Name, HttpMethod Method, string Path, Func<HttpContent?> Content, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>
    /// Kestrel itself refuses this request line (a NUL in the path) with a bare 400 before any middleware
    /// runs, in Azure as here: no app code can answer it, so a bare 400 is the one answer expected.
    /// </summary>
    public bool RefusedByTheServer { get; init; }

    /// <summary>A string every hostile body carries, so a log line or an answer that repeats body content is found.</summary>
    public const string Marker = "hostile-marker-5f1c";

    public HttpRequestMessage Build(string? token)
    {
        var request = new HttpRequestMessage(Method, Path) { Content = Content() };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    public override string ToString() => $"{Method} {Path[..Math.Min(Path.Length, 120)]} [{Name}]";

    public static Func<HttpContent?> Json(string json) => () => new StringContent(json, Encoding.UTF8, "application/json");

    public static Func<HttpContent?> Bytes(byte[] bytes, string? contentType) => () =>
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    };
}
