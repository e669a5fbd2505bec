using System.Text.Json;

namespace Outreach.Mail.Webhooks;

/// <summary>The members of one item of Graph's <c>changeNotificationCollection</c> that Outreach reads.</summary>
public sealed record NotificationItem(string? SubscriptionId, string? ClientState, string? ChangeType, string? MessageId, string? LifecycleEvent)
{
    /// <summary>Reads a body's <c>value</c> items; a body larger than the limits is refused before it is parsed.</summary>
    public static async Task<IReadOnlyList<NotificationItem>> ReadAllAsync(Stream body, int maxBytes, int maxItems, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw ApiProblemException.TooLarge($"A notification body may hold at most {maxBytes / 1024 / 1024} MiB; Graph sends far less.");
            }
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        catch (JsonException)
        {
            throw ApiProblemException.BadRequest("The notification is not valid JSON.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("value", out var value)
                || value.ValueKind != JsonValueKind.Array)
            {
                throw ApiProblemException.BadRequest("A notification must be an object with a 'value' array.");
            }

            if (value.GetArrayLength() > maxItems)
            {
                throw ApiProblemException.TooLarge($"A notification body may hold at most {maxItems:N0} items; this one holds {value.GetArrayLength():N0}.");
            }

            return value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(From).ToList();
        }
    }

    private static NotificationItem From(JsonElement item)
        => new(
            Read(item, "subscriptionId"),
            Read(item, "clientState"),
            Read(item, "changeType"),
            item.TryGetProperty("resourceData", out var data) ? Read(data, "id") : null,
            Read(item, "lifecycleEvent"));

    private static string? Read(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
