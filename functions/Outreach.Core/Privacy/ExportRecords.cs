using System.Text.Json;
using System.Text.Json.Nodes;

namespace Outreach.Privacy;

/// <summary>
/// Every row of the user's partition but the people (the export shows those as person views), in key
/// order, so rows of one kind come together. Nothing is left out except the Graph sign-in tokens:
/// their row is listed, its ciphertext is not — a credential is not data about the user.
/// </summary>
public static class ExportRecords
{
    // Row key prefixes (see RowKeys, Mail.Linker.MailRows and LinkedIn.LinkedInRows), longest first so "lease|" is not "l|".
    private static readonly (string Prefix, string Kind)[] Kinds =
    [
        ("graph-cache", "graphSignIn"),
        ("mailbox", "mailbox"),
        ("summary", "summary"),
        ("lease|", "workLease"),
        ("e|", "addressIndex"),
        ("l|", "linkedInMessage"),
        ("m|", "linkedMessage"),
        ("i|", "sentIndex"),
        ("w|", "messageWaitingToBeLinked"),
        ("u|", "bounceWaitingForItsMail"),
        ("c|", "correspondent"),
        ("r|", "replyWaiting"),
        ("q", "planQueue"),
    ];

    public static async IAsyncEnumerable<ExportRecord> ReadAsync(TableClient client, UserId user, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {user.PartitionKey} and (RowKey lt {RowKeys.PersonPrefix} or RowKey ge {RowKeys.PrefixEnd(RowKeys.PersonPrefix)})");
        await foreach (var row in client.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            yield return From(row);
        }
    }

    public static ExportRecord From(TableEntity row)
    {
        var kind = KindOf(row.RowKey);
        var values = new JsonObject();
        if (kind == "graphSignIn")
        {
            values["note"] = "Encrypted sign-in tokens for Microsoft Graph; a credential, so not exported.";
            return new ExportRecord(kind, row.RowKey, row.Timestamp, values);
        }

        foreach (var (name, value) in row.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (name is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag" || name.EndsWith("@odata.type", StringComparison.Ordinal))
            {
                continue;
            }

            values[ReadableName(name)] = Readable(name, value);
        }

        return new ExportRecord(kind, row.RowKey, row.Timestamp, values);
    }

    public static string KindOf(string rowKey)
    {
        foreach (var (prefix, kind) in Kinds)
        {
            if (rowKey.StartsWith(prefix, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return "other";
    }

    private static string ReadableName(string name)
    {
        var bare = name.EndsWith("Json", StringComparison.Ordinal) && name.Length > 4 ? name[..^4] : name;
        return JsonNamingPolicy.CamelCase.ConvertName(bare);
    }

    private static JsonNode? Readable(string name, object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string text when name.EndsWith("Json", StringComparison.Ordinal):
                try
                {
                    return JsonNode.Parse(text);
                }
                catch (JsonException)
                {
                    return text;
                }

            case byte[] bytes:
                return $"({bytes.Length} bytes of binary data)";
            case string text:
                return text;
            case bool flag:
                return flag;
            case int number:
                return number;
            case long number:
                return number;
            case double number:
                return number;
            case DateTimeOffset time:
                return time;
            case DateTime time:
                return new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc));
            case Guid id:
                return id.ToString();
            default:
                return value.ToString();
        }
    }
}
