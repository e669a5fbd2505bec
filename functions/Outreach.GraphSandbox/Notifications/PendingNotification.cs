using System.Text.Json.Nodes;

namespace Outreach.GraphSandbox.Notifications;

/// <summary>
/// A change notification waiting for the delivery loop; copies and due time are fixed when queued. A retry of
/// one the webhook answered with an error carries its attempt and when it was first sent.
/// </summary>
internal sealed record PendingNotification(string Url, JsonNode Payload, string SubscriptionId, string MessageId, DateTimeOffset DueAt, int Copies)
{
    public int Attempt { get; init; } = 1;

    public DateTimeOffset? FirstSentAt { get; init; }
}
