using System.Text.Json.Nodes;

namespace Outreach.GraphSandbox.Notifications;

/// <summary>A change notification waiting for the delivery loop; copies and due time are fixed when queued.</summary>
internal sealed record PendingNotification(string Url, JsonNode Payload, string SubscriptionId, string MessageId, DateTimeOffset DueAt, int Copies);
