using System.Text.Json.Nodes;
using Outreach.GraphSandbox.Graph;
using Outreach.GraphSandbox.Mail;
using Outreach.GraphSandbox.Subscriptions;

namespace Outreach.GraphSandbox.Notifications;

/// <summary>The bodies Graph posts to webhooks: a <c>changeNotificationCollection</c> of one notification.</summary>
internal static class NotificationPayloads
{
    /// <summary>A basic (no resource data) change notification for a message.</summary>
    public static JsonObject Change(SandboxSubscription subscription, SandboxMessage message, string changeType)
    {
        var resource = $"Users/{subscription.Mailbox}/Messages/{message.Id}";
        return Collection(new JsonObject
        {
            ["subscriptionId"] = subscription.Id,
            ["subscriptionExpirationDateTime"] = GraphJson.PreciseTime(subscription.ExpirationDateTime),
            ["changeType"] = changeType,
            ["resource"] = resource,
            ["resourceData"] = new JsonObject
            {
                ["@odata.type"] = "#Microsoft.Graph.Message",
                ["@odata.id"] = resource,
                ["@odata.etag"] = MessageJson.ETag(message),
                ["id"] = message.Id,
            },
            ["clientState"] = subscription.ClientState,
            ["tenantId"] = subscription.TenantId,
        });
    }

    /// <summary>A lifecycle notification (<c>reauthorizationRequired</c>, <c>subscriptionRemoved</c>, <c>missed</c>).</summary>
    public static JsonObject Lifecycle(SandboxSubscription subscription, string lifecycleEvent) => Collection(new JsonObject
    {
        ["subscriptionId"] = subscription.Id,
        ["subscriptionExpirationDateTime"] = GraphJson.PreciseTime(subscription.ExpirationDateTime),
        ["lifecycleEvent"] = lifecycleEvent,
        ["clientState"] = subscription.ClientState,
        ["resource"] = subscription.Resource,
        ["tenantId"] = subscription.TenantId,
        ["organizationId"] = subscription.TenantId,
    });

    private static JsonObject Collection(JsonObject notification) => new() { ["value"] = new JsonArray(notification) };
}
