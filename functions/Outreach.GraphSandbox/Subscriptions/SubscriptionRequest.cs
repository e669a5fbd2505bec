using System.Text.Json;
using System.Text.Json.Nodes;
using Outreach.GraphSandbox.Graph;

namespace Outreach.GraphSandbox.Subscriptions;

/// <summary>Reads and checks a subscription create or update body the way Graph does.</summary>
internal static class SubscriptionRequest
{
    /// <summary>Outlook resources: at most 10,080 minutes (under 7 days) ahead.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(10_080);

    private const int MaxClientStateLength = 128;
    private static readonly string[] ChangeTypes = ["created", "updated", "deleted"];

    public static (JsonObject? Body, GraphResponse? Refusal) ReadBody(string? body)
    {
        try
        {
            return JsonNode.Parse(body ?? string.Empty) is JsonObject json ? (json, null) : (null, Invalid("The request body must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, Invalid("The request body is not valid JSON."));
        }
    }

    public static string? Text(JsonObject body, string name)
        => body.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The new expiry, or the refusal: missing, unreadable, past, or beyond the maximum lifetime.</summary>
    public static (DateTimeOffset? Expiration, GraphResponse? Refusal) Expiration(JsonObject body, DateTimeOffset now)
    {
        if (!DateTimeOffset.TryParse(Text(body, "expirationDateTime"), null, System.Globalization.DateTimeStyles.AssumeUniversal, out var expiration))
        {
            return (null, Invalid("expirationDateTime is missing or not a date and time."));
        }

        if (expiration <= now)
        {
            return (null, Invalid("Subscription expiration must be in the future."));
        }

        return expiration > now + MaxLifetime
            ? (null, Invalid($"Subscription expiration can only be {MaxLifetime.TotalMinutes:0} minutes in the future."))
            : (expiration, null);
    }

    /// <summary>A refusal for a bad change type, URL or client state; null when they are fine.</summary>
    public static GraphResponse? CheckFields(string? changeType, string? notificationUrl, string? lifecycleNotificationUrl, string? clientState)
    {
        if (string.IsNullOrWhiteSpace(changeType)
            || changeType.Split(',', StringSplitOptions.TrimEntries).Any(t => !ChangeTypes.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            return Invalid("changeType must be created, updated or deleted, comma-separated.");
        }

        if (!IsWebhookUrl(notificationUrl))
        {
            return Invalid("notificationUrl must be an absolute http(s) URL.");
        }

        if (lifecycleNotificationUrl is not null && !IsWebhookUrl(lifecycleNotificationUrl))
        {
            return Invalid("lifecycleNotificationUrl must be an absolute http(s) URL.");
        }

        return clientState is { Length: > MaxClientStateLength } ? Invalid($"clientState can be at most {MaxClientStateLength} characters.") : null;
    }

    public static GraphResponse Invalid(string message) => GraphResponse.Error(400, "InvalidRequest", message);

    // Graph demands https; the sandbox accepts http too, for webhooks on a developer's machine.
    private static bool IsWebhookUrl(string? url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
