using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Outreach.GraphSandbox.Hosting;

namespace Outreach.GraphSandbox.Control;

/// <summary><c>/sandbox/log</c> and <c>/sandbox/subscriptions</c>: what happened, and lifecycle events.</summary>
internal static class LogControlEndpoints
{
    public static void Map(RouteGroupBuilder control, SandboxServices services)
    {
        var log = services.Log;
        var subscriptions = services.Subscriptions;
        control.MapGet("/log", () => Results.Ok(new { requests = log.Requests, deliveries = log.Deliveries }));
        control.MapDelete("/log", () =>
        {
            log.Clear();
            return Results.NoContent();
        });
        control.MapGet("/log/mailbox-concurrency", (string? mailbox) => Results.Ok(new
        {
            limit = services.Faults.ConcurrencyLimit,
            refusals = log.MailboxConcurrencyRefusals(mailbox),
            peak = mailbox is null ? (int?)null : services.Faults.PeakConcurrency(mailbox),
        }));
        control.MapGet("/log/retry-after-violations", (bool? requireRetry) => Results.Ok(log.RetryAfterViolations(requireRetry ?? true)));

        control.MapGet("/subscriptions", () => Results.Ok(subscriptions.All()));
        control.MapPost("/subscriptions/{id}/lifecycle", (string id, LifecycleBody body, CancellationToken cancellationToken)
            => ControlResults.TryAsync(async () => Results.Ok(await subscriptions.SendLifecycleEventAsync(id, body.Event, cancellationToken))));
        control.MapPost("/subscriptions/{id}/expire", (string id) => ControlResults.Try(() =>
        {
            subscriptions.Expire(id);
            return Results.NoContent();
        }));
    }
}
