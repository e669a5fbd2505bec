using Azure.Core;

namespace Outreach.Storage;

/// <summary>
/// Names what a storage request does, with the row kind it touches (the first two characters of its
/// row key, e.g. <c>m|</c> for linked messages), so benchmarks can say where requests go.
/// </summary>
public static class StorageRequestKind
{
    public static string Of(Request request)
    {
        var path = Uri.UnescapeDataString(request.Uri.Path);
        var query = Uri.UnescapeDataString(request.Uri.Query);
        var method = request.Method.Method;
        if (path.Contains("/messages", StringComparison.Ordinal))
        {
            return method switch
            {
                "POST" => "queue send",
                "GET" => "queue receive",
                "DELETE" => "queue delete",
                _ => "queue " + method.ToLowerInvariant(),
            };
        }

        if (path.EndsWith("$batch", StringComparison.Ordinal))
        {
            return "table transaction";
        }

        var rowKey = After(path, "RowKey='") ?? After(query, "RowKey ge '");
        // An empty row key (a subscription's row, say) ends at once with the closing quote: it has no kind.
        var kind = rowKey is null || rowKey.StartsWith('\'') ? string.Empty : " " + rowKey[..Math.Min(2, rowKey.Length)];
        return method switch
        {
            "GET" when path.Contains("RowKey='", StringComparison.Ordinal) => "table point read" + kind,
            "GET" => "table query" + kind,
            _ => $"table {method.ToLowerInvariant()}{kind}",
        };
    }

    private static string? After(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? null : text[(at + marker.Length)..];
    }
}
