using System.Text.Json.Nodes;
using Outreach.GraphSandbox.Graph;
using Outreach.GraphSandbox.Mail;
using Outreach.GraphSandbox.Notifications;

namespace Outreach.GraphSandbox.Subscriptions;

/// <summary><c>/subscriptions</c>: create (after the validation handshake), list, get, renew, delete, reauthorize.</summary>
internal sealed class SubscriptionEndpoints(SubscriptionRegistry registry, WebhookClient webhooks, MailStore store, TimeProvider time, string defaultTenantId)
{
    private const string ValidationFailed = "Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.";

    public async Task<GraphResponse> CreateAsync(GraphRequest request, CallerToken caller, CancellationToken cancellationToken)
    {
        var (body, refusal) = SubscriptionRequest.ReadBody(request.Body);
        if (body is null)
        {
            return refusal!;
        }

        var changeType = SubscriptionRequest.Text(body, "changeType");
        var notificationUrl = SubscriptionRequest.Text(body, "notificationUrl");
        var lifecycleUrl = SubscriptionRequest.Text(body, "lifecycleNotificationUrl");
        var clientState = SubscriptionRequest.Text(body, "clientState");
        var resource = SubscriptionRequest.Text(body, "resource") ?? string.Empty;
        var (expiration, expirationRefusal) = SubscriptionRequest.Expiration(body, time.GetUtcNow());
        if ((SubscriptionRequest.CheckFields(changeType, notificationUrl, lifecycleUrl, clientState) ?? expirationRefusal) is { } invalid)
        {
            return invalid;
        }

        if (body["includeResourceData"] is JsonValue rich && rich.TryGetValue<bool>(out var includeResourceData) && includeResourceData)
        {
            return SubscriptionRequest.Invalid("includeResourceData is not supported by the sandbox; Outreach uses basic notifications.");
        }

        var (folder, resourceRefusal) = ResolveResource(resource, caller);
        if (resourceRefusal is not null)
        {
            return resourceRefusal;
        }

        foreach (var url in new[] { notificationUrl!, lifecycleUrl }.OfType<string>())
        {
            var validation = await webhooks.ValidateAsync(url, cancellationToken);
            if (validation.Error is not null)
            {
                return GraphResponse.Error(400, "ValidationError", $"{ValidationFailed} ({url}: {validation.Error})");
            }
        }

        var subscription = new SandboxSubscription
        {
            Id = Guid.NewGuid().ToString(),
            Mailbox = caller.ObjectId,
            Resource = resource,
            Folder = folder,
            ChangeType = changeType!,
            NotificationUrl = notificationUrl!,
            LifecycleNotificationUrl = lifecycleUrl,
            ExpirationDateTime = expiration!.Value,
            ClientState = clientState,
            TenantId = caller.TenantId ?? defaultTenantId,
            ApplicationId = caller.ApplicationId,
        };
        registry.Put(subscription);
        return GraphResponse.Json(201, SubscriptionJson.Entity(subscription, request.BaseUrl));
    }

    public GraphResponse List(GraphRequest request, CallerToken caller) => GraphResponse.Json(200, new JsonObject
    {
        ["@odata.context"] = $"{request.BaseUrl}/$metadata#subscriptions",
        ["value"] = new JsonArray([.. registry.All().Where(s => s.Mailbox == caller.ObjectId).Select(s => (JsonNode)SubscriptionJson.Write(s))]),
    });

    public GraphResponse Get(GraphRequest request, CallerToken caller, string id)
        => Own(caller, id) is { } subscription ? GraphResponse.Json(200, SubscriptionJson.Entity(subscription, request.BaseUrl)) : NotFound(id);

    /// <summary>Renewal: only <c>expirationDateTime</c> changes (Graph allows little else on PATCH).</summary>
    public GraphResponse Patch(GraphRequest request, CallerToken caller, string id)
    {
        if (Own(caller, id) is not { } subscription)
        {
            return NotFound(id);
        }

        var (body, refusal) = SubscriptionRequest.ReadBody(request.Body);
        if (body is null)
        {
            return refusal!;
        }

        var (expiration, expirationRefusal) = SubscriptionRequest.Expiration(body, time.GetUtcNow());
        if (expiration is null)
        {
            return expirationRefusal!;
        }

        var renewed = subscription with { ExpirationDateTime = expiration.Value };
        registry.Put(renewed);
        return GraphResponse.Json(200, SubscriptionJson.Entity(renewed, request.BaseUrl));
    }

    public GraphResponse Delete(CallerToken caller, string id)
        => Own(caller, id) is not null && registry.Remove(id) ? GraphResponse.Empty(204) : NotFound(id);

    /// <summary>The answer to <c>reauthorizationRequired</c>: the subscription stays as it is.</summary>
    public GraphResponse Reauthorize(CallerToken caller, string id)
        => Own(caller, id) is not null ? GraphResponse.Empty(204) : NotFound(id);

    private static GraphResponse NotFound(string id)
        => GraphResponse.Error(404, "ResourceNotFound", $"The object was not found: subscription '{id}'.");

    private SandboxSubscription? Own(CallerToken caller, string id)
        => registry.Find(id) is { } subscription && subscription.Mailbox == caller.ObjectId ? subscription : null;

    /// <summary>The watched folder (null = all messages), or why the resource is refused.</summary>
    private (string? Folder, GraphResponse? Refusal) ResolveResource(string resource, CallerToken caller)
    {
        if (SubscriptionResource.Parse(resource) is not { } parsed)
        {
            return (null, SubscriptionRequest.Invalid($"Resource '{resource}' is not supported; use me/mailFolders('{{folder}}')/messages or me/messages."));
        }

        var (user, folderSegment) = parsed;

        var owner = store.Read(caller.ObjectId, b => b.Owner);
        if (user is not null && !SubscriptionResource.IsCaller(user, caller.ObjectId, owner))
        {
            return (null, GraphResponse.Error(403, "ExtensionError", "Operation: Create; Exception: [Status Code: Forbidden; Reason: Access is denied.]"));
        }

        if (folderSegment is null)
        {
            return (null, null);
        }

        var folder = store.Read(caller.ObjectId, b => b.ResolveFolder(folderSegment));
        return folder is null ? (null, SubscriptionRequest.Invalid($"Folder '{folderSegment}' was not found.")) : (folder, null);
    }
}
