using Outreach.Mail.Webhooks;

namespace Outreach.Functions.Webhooks;

/// <summary>
/// Graph's webhooks: no user token here — each item proves itself by its subscription and clientState.
/// The validation handshake answers the decoded token as plain text.
/// </summary>
public sealed class GraphWebhookFunctions(ApiRunner api, NotificationReceiver receiver)
{
    [Function("GraphNotifications")]
    public Task<IResult> Notifications([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "graph/notifications")] HttpRequest request)
        => Handle(request, receiver.ReceiveChangesAsync);

    [Function("GraphLifecycle")]
    public Task<IResult> Lifecycle([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "graph/lifecycle")] HttpRequest request)
        => Handle(request, receiver.ReceiveLifecycleAsync);

    private Task<IResult> Handle(HttpRequest request, Func<Stream, CancellationToken, Task<NotificationOutcome>> receive)
        => api.RunAnonymousAsync(request, async ct =>
        {
            if (request.Query.TryGetValue("validationToken", out var token))
            {
                return Results.Text(token.ToString(), "text/plain");
            }

            await receive(request.Body, ct);
            return Results.Accepted();
        });
}
