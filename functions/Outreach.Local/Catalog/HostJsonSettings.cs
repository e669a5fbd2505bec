using System.Globalization;
using System.Text.Json;

namespace Outreach.Local.Catalog;

/// <summary>The parts of the Function App's host.json that change how triggers behave.</summary>
public sealed record HostJsonSettings
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Prefix of every HTTP route; empty means none (host default: <c>api</c>).</summary>
    public string RoutePrefix { get; init; } = "api";

    public QueueHostSettings Queues { get; init; } = new();

    public static HostJsonSettings Load(string? path)
        => path is null || !File.Exists(path) ? new HostJsonSettings() : Parse(File.ReadAllText(path));

    public static HostJsonSettings Parse(string json)
    {
        using var document = JsonDocument.Parse(json, DocumentOptions);
        var extensions = Child(document.RootElement, "extensions");
        var http = Child(extensions, "http");
        var queues = Child(extensions, "queues");
        var defaults = new QueueHostSettings();

        return new HostJsonSettings
        {
            RoutePrefix = (String(http, "routePrefix") ?? "api").Trim('/'),
            Queues = new QueueHostSettings
            {
                MaxDequeueCount = Int(queues, "maxDequeueCount") ?? defaults.MaxDequeueCount,
                BatchSize = Int(queues, "batchSize") ?? defaults.BatchSize,
                VisibilityTimeout = String(queues, "visibilityTimeout") is { } timeout
                    ? TimeSpan.Parse(timeout, CultureInfo.InvariantCulture)
                    : defaults.VisibilityTimeout,
                MaxPollingInterval = String(queues, "maxPollingInterval") is { } polling
                    ? TimeSpan.Parse(polling, CultureInfo.InvariantCulture)
                    : defaults.MaxPollingInterval,
                MessageEncoding = String(queues, "messageEncoding") ?? defaults.MessageEncoding,
            },
        };
    }

    private static JsonElement? Child(JsonElement? parent, string name)
    {
        if (parent is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static string? String(JsonElement? parent, string name)
        => Child(parent, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static int? Int(JsonElement? parent, string name)
        => Child(parent, name) is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : null;
}
