using System.Text.Json.Nodes;
using Outreach.GraphSandbox.Graph;

namespace Outreach.GraphSandbox.Subscriptions;

/// <summary>A subscription as Graph's <c>subscription</c> resource JSON.</summary>
internal static class SubscriptionJson
{
    public static JsonObject Write(SandboxSubscription subscription) => new()
    {
        ["id"] = subscription.Id,
        ["resource"] = subscription.Resource,
        ["applicationId"] = subscription.ApplicationId,
        ["changeType"] = subscription.ChangeType,
        ["clientState"] = subscription.ClientState,
        ["notificationUrl"] = subscription.NotificationUrl,
        ["notificationQueryOptions"] = null,
        ["lifecycleNotificationUrl"] = subscription.LifecycleNotificationUrl,
        ["expirationDateTime"] = GraphJson.PreciseTime(subscription.ExpirationDateTime),
        ["creatorId"] = subscription.Mailbox,
        ["includeResourceData"] = false,
        ["latestSupportedTlsVersion"] = "v1_2",
        ["encryptionCertificate"] = null,
        ["encryptionCertificateId"] = null,
        ["notificationUrlAppId"] = null,
    };

    public static JsonObject Entity(SandboxSubscription subscription, string baseUrl)
    {
        var json = Write(subscription);
        json.Insert(0, "@odata.context", $"{baseUrl}/$metadata#subscriptions/$entity");
        return json;
    }
}
