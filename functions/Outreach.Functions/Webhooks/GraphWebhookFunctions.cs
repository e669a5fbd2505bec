using Outreach.Mail;
using Outreach.Mail.Webhooks;

namespace Outreach.Functions.Webhooks;

/// <summary>
/// Graph's webhooks: no user token here — each item proves itself by its subscription and clientState.
/// The validation handshake answers the decoded token as plain text; accepted items wait on a queue.
/// </summary>
public sealed class GraphWebhookFunctions(ApiRunner api, NotificationReceiver receiver, NotificationIntake intake)
{
    [Function("GraphNotifications")]
    public Task<IResult> Notifications([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "graph/notifications")] HttpRequest request)
        => Handle(request, receiver.ReceiveChangesAsync);

    [Function("GraphLifecycle")]
    public Task<IResult> Lifecycle([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "graph/lifecycle")] HttpRequest request)
        => Handle(request, receiver.ReceiveLifecycleAsync);

    [Function("StoreNotifications")]
    public Task Store([QueueTrigger(MailQueues.Notifications)] string message, CancellationToken cancellationToken)
        => intake.StoreAsync(MailQueues.Read<NotificationBatch>(message), cancellationToken);

    private Task<IResult> Handle(HttpRequest request, Func<Stream, CancellationToken, Task<NotificationOutcome>> receive)
        => api.RunAnonymousAsync(request, async ct =>
        {
            if (request.Query.TryGetValue("validationToken", out var token))
            {
                // The echo is caller-chosen text: a browser must never sniff it into HTML or script.
                request.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
                return Results.Text(token.ToString(), "text/plain");
            }

            await receive(request.Body, ct);
            return Results.Accepted();
        });
}
