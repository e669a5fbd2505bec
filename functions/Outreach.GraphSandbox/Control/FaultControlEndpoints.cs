using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Outreach.GraphSandbox.Faults;
using Outreach.GraphSandbox.Hosting;

namespace Outreach.GraphSandbox.Control;

/// <summary><c>/sandbox/faults/...</c> and <c>/sandbox/notifications/...</c>: fault injection and delivery control over HTTP.</summary>
internal static class FaultControlEndpoints
{
    public static void Map(RouteGroupBuilder control, SandboxServices services)
    {
        var faults = services.Faults;
        var delivery = services.Notifications;
        control.MapGet("/faults", () => Results.Ok(State(faults)));
        control.MapDelete("/faults", () =>
        {
            faults.Clear();
            return Results.Ok(State(faults));
        });
        control.MapPut("/faults/throttle", (ThrottleRule rule) => ControlResults.Try(() =>
        {
            faults.Throttle(rule);
            return Results.Ok(State(faults));
        }));
        control.MapDelete("/faults/throttle", () =>
        {
            faults.StopThrottling();
            return Results.Ok(State(faults));
        });
        control.MapPut("/faults/concurrency", (ConcurrencyBody body) =>
        {
            faults.LimitConcurrency(body.Max, body.RetryAfterSeconds ?? 1);
            return Results.Ok(State(faults));
        });
        control.MapPut("/faults/notifications", (NotificationFaultsBody body) => ControlResults.Try(() =>
        {
            faults.Notifications = new NotificationFaults
            {
                Copies = body.Copies ?? 1,
                ReverseBursts = body.ReverseBursts ?? false,
                Delay = TimeSpan.FromSeconds(body.DelaySeconds ?? 0),
            };
            return Results.Ok(State(faults));
        }));
        control.MapPost("/faults/expire-delta", (ExpireDeltaBody body) => ControlResults.Try(() =>
        {
            faults.ExpireDeltaTokens(body.Mailbox, body.Folder);
            return Results.NoContent();
        }));

        control.MapGet("/notifications", () => Results.Ok(new { paused = delivery.IsPaused, pending = delivery.Pending }));
        control.MapPost("/notifications/pause", () =>
        {
            delivery.Pause();
            return Results.NoContent();
        });
        control.MapPost("/notifications/resume", () =>
        {
            delivery.Resume();
            return Results.NoContent();
        });
        control.MapPost("/notifications/flush", async (CancellationToken cancellationToken) =>
        {
            await delivery.FlushAsync(cancellationToken);
            return Results.NoContent();
        });
    }

    private static object State(FaultInjector faults) => new
    {
        throttling = faults.Throttling,
        concurrencyLimit = faults.ConcurrencyLimit,
        notifications = new
        {
            faults.Notifications.Copies,
            faults.Notifications.ReverseBursts,
            delaySeconds = faults.Notifications.Delay.TotalSeconds,
        },
    };
}
