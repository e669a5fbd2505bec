using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Outreach.Privacy;

/// <summary>
/// Sees the tombstone in the summary row a request reads anyway, so most requests need no read of their
/// own to honour an erase. While a request of a user is watched (<see cref="Begin"/>), every point read
/// of that user's summary row that returns the <c>Erasing</c> column (or the whole row, or no row) counts
/// as the erase check, and a tombstone in it stops the request right there: before any code can act on
/// the emptied summary (e.g. write a recount over the tombstone). Nothing is cached, so every instance
/// sees an erase the moment its tombstone is written.
/// </summary>
public sealed class ErasureWatch : HttpPipelineSynchronousPolicy
{
    private static readonly AsyncLocal<ErasureWatchScope?> Current = new();

    /// <summary>Watches the summary reads of <paramref name="user"/> in this async flow until disposed.</summary>
    public static ErasureWatchScope Begin(UserId user, bool reading)
    {
        var scope = new ErasureWatchScope(
            $"/{OutreachTable.TableName}(PartitionKey='{user.PartitionKey.Replace("'", "''", StringComparison.Ordinal)}',RowKey='{RowKeys.Summary}')",
            reading,
            Current.Value);
        Current.Value = scope;
        return scope;
    }

    internal static void End(ErasureWatchScope scope) => Current.Value = scope.Outer;

    public override void OnReceivedResponse(HttpMessage message)
    {
        var scope = Current.Value;
        if (scope is null || message.Request.Method != RequestMethod.Get || !ReadsErasingOf(message.Request.Uri, scope.SummaryPath))
        {
            return;
        }

        var status = message.Response.Status;
        if (message.Response.ContentStream is not null and not MemoryStream)
        {
            // Not buffered, so not readable here: the request's own check after it ran covers it.
            return;
        }

        if (status == 404)
        {
            scope.Checked();
        }
        else if (status == 200)
        {
            scope.Checked();
            if (HoldsTombstone(message.Response.Content))
            {
                throw scope.Reading ? EraseTombstone.NothingToRead() : EraseTombstone.InProgress();
            }
        }
    }

    /// <summary>A point read of the summary whose <c>$select</c>, if any, includes the tombstone's column.</summary>
    private static bool ReadsErasingOf(RequestUriBuilder uri, string summaryPath)
    {
        if (!Uri.UnescapeDataString(uri.Path).EndsWith(summaryPath, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&'))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && Uri.UnescapeDataString(parts[0]) == "$select")
            {
                return Uri.UnescapeDataString(parts[1]).Split(',').Contains(EraseTombstone.Property, StringComparer.Ordinal);
            }
        }

        return true;
    }

    private static bool HoldsTombstone(BinaryData body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isErasing = reader.ValueTextEquals(EraseTombstone.Property);
            reader.Read();
            if (isErasing)
            {
                return reader.TokenType == JsonTokenType.True;
            }

            reader.Skip();
        }

        return false;
    }
}
