using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Outreach.GraphSandbox.Mail;

namespace Outreach.GraphSandbox.Graph;

/// <summary>
/// A <see cref="SandboxMessage"/> as Graph's <c>message</c> JSON, limited to the selected properties.
/// Without <c>$select</c>: everything Mail.ReadBasic returns by default (no internetMessageHeaders,
/// which Graph returns only when selected).
/// </summary>
internal static class MessageJson
{
    private static readonly Dictionary<string, Func<SandboxMessage, JsonNode?>> Properties = new(StringComparer.OrdinalIgnoreCase)
    {
        ["createdDateTime"] = m => GraphJson.Time(m.ReceivedDateTime),
        ["lastModifiedDateTime"] = m => GraphJson.Time(m.ReceivedDateTime),
        ["changeKey"] = m => ChangeKey(m),
        ["categories"] = _ => new JsonArray(),
        ["receivedDateTime"] = m => GraphJson.Time(m.ReceivedDateTime),
        ["sentDateTime"] = m => GraphJson.Time(m.SentDateTime),
        ["hasAttachments"] = _ => false,
        ["internetMessageId"] = m => m.InternetMessageId,
        ["subject"] = m => m.Subject,
        ["importance"] = _ => "normal",
        ["parentFolderId"] = m => MessageIds.FolderId(m.Mailbox, m.Folder),
        ["conversationId"] = m => m.ConversationId,
        ["isDeliveryReceiptRequested"] = _ => false,
        ["isReadReceiptRequested"] = _ => false,
        ["isRead"] = m => m.Folder != SandboxFolders.Inbox,
        ["isDraft"] = m => m.IsDraft,
        ["webLink"] = m => $"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(m.Id)}&exvsurl=1&viewmodel=ReadMessageItem",
        ["inferenceClassification"] = _ => "focused",
        ["sender"] = m => GraphJson.Recipient(m.Sender ?? m.From),
        ["from"] = m => GraphJson.Recipient(m.From),
        ["toRecipients"] = m => GraphJson.Recipients(m.To),
        ["ccRecipients"] = m => GraphJson.Recipients(m.Cc),
        ["bccRecipients"] = m => GraphJson.Recipients(m.Bcc),
        ["replyTo"] = _ => new JsonArray(),
        ["flag"] = _ => new JsonObject { ["flagStatus"] = "notFlagged" },
        ["internetMessageHeaders"] = Headers,
    };

    /// <summary>Properties Mail.ReadBasic may not read: selecting one is refused with 403.</summary>
    private static readonly HashSet<string> Forbidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "body", "bodyPreview", "uniqueBody", "attachments", "extensions", "singleValueExtendedProperties", "multiValueExtendedProperties",
    };

    private static readonly IReadOnlyList<string> Default = [.. Properties.Keys.Where(k => k != "internetMessageHeaders")];

    /// <summary>The selected property names in Graph's spelling, or the error to answer with.</summary>
    public static (IReadOnlyList<string>? Properties, GraphResponse? Refusal) ParseSelect(string? select)
    {
        if (string.IsNullOrWhiteSpace(select))
        {
            return (Default, null);
        }

        var names = new List<string>();
        foreach (var name in select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Forbidden.Contains(name))
            {
                return (null, GraphResponse.Error(403, "ErrorAccessDenied", $"Access is denied. Mail.ReadBasic does not allow reading '{name}'."));
            }

            if (name.Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var canonical = Properties.Keys.FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (canonical is null)
            {
                return (null, GraphResponse.Error(400, "RequestBroker--ParseUri", $"Could not find a property named '{name}' on type 'microsoft.graph.message'."));
            }

            names.Add(canonical);
        }

        return (names, null);
    }

    /// <summary>The message with <c>@odata.etag</c>, <c>id</c> and the given properties.</summary>
    /// <param name="headersWithheld">The mailbox withholds internetMessageHeaders (<see cref="Mailbox.WithholdsHeaders"/>).</param>
    public static JsonObject Write(SandboxMessage message, IReadOnlyList<string> properties, bool headersWithheld, bool withType = false)
    {
        var json = new JsonObject();
        if (withType)
        {
            json["@odata.type"] = "#microsoft.graph.message";
        }

        json["@odata.etag"] = ETag(message);
        json["id"] = message.Id;
        foreach (var name in properties)
        {
            // Graph leaves out internetMessageHeaders where there are none: Sent Items copies, or a mailbox that withholds them.
            if (name == "internetMessageHeaders" && (headersWithheld || message.Folder == SandboxFolders.SentItems))
            {
                continue;
            }

            if (Properties[name](message) is { } value)
            {
                json[name] = value;
            }
        }

        return json;
    }

    /// <summary>A delta item for a message that left the folder.</summary>
    public static JsonObject Removed(string id) => new()
    {
        ["@odata.type"] = "#microsoft.graph.message",
        ["id"] = id,
        ["@removed"] = new JsonObject { ["reason"] = "deleted" },
    };

    /// <summary>A weak ETag over the change key, as Graph's <c>W/"CQAAABYAAAA..."</c>.</summary>
    public static string ETag(SandboxMessage message) => $"W/\"{ChangeKey(message)}\"";

    private static string ChangeKey(SandboxMessage message)
        => "CQAAABYAAAA" + MessageIds.Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes($"{message.Id}/{message.Version}")).AsSpan(0, 12));

    private static JsonArray? Headers(SandboxMessage message)
        => message.Headers.Count == 0 ? null : [.. message.Headers.Select(h => (JsonNode)new JsonObject { ["name"] = h.Name, ["value"] = h.Value })];
}
