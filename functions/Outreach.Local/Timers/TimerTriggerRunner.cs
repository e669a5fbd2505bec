using Microsoft.Azure.Functions.Worker;
using Outreach.Local.Catalog;
using Outreach.Local.Invocation;

namespace Outreach.Local.Timers;

/// <summary>
/// Runs one timer function on its schedule (and once at start when <c>runOnStartup</c>). Runs are
/// sequential, so a function never overlaps itself; occurrences missed while it ran are skipped.
/// </summary>
internal sealed class TimerTriggerRunner(
    CatalogFunction function,
    TimerSchedule schedule,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<TimerTriggerRunner> logger) : BackgroundService
{
    // Task.Delay cannot wait months; long waits are taken in steps.
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(12);

    // A run this much later than scheduled reports IsPastDue, as the host does for a late start.
    private static readonly TimeSpan PastDueTolerance = TimeSpan.FromSeconds(1);

    private readonly FunctionInvoker _invoker = new(function);
    private readonly Func<TimerInvocation, object?>[] _binders = TimerArgumentBinders.Create(function);
    private DateTimeOffset? _lastRun;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogDebug("Function {Function} runs on schedule {Schedule}.", function.Name, schedule);
        if (function.Trigger.RunOnStartup)
        {
            await RunAsync(time.GetUtcNow(), stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            if (schedule.GetNextOccurrence(time.GetUtcNow()) is not { } next)
            {
                return;
            }

            for (var wait = next - time.GetUtcNow(); wait > TimeSpan.Zero; wait = next - time.GetUtcNow())
            {
                await Task.Delay(wait < LongestWait ? wait : LongestWait, time, stoppingToken);
            }

            await RunAsync(next, stoppingToken);
        }
    }

    private async Task RunAsync(DateTimeOffset scheduled, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        var timer = new TimerInfo
        {
            IsPastDue = now - scheduled > PastDueTolerance,
            ScheduleStatus = new ScheduleStatus
            {
                Last = (_lastRun ?? DateTimeOffset.MinValue).UtcDateTime,
                Next = (schedule.GetNextOccurrence(now) ?? DateTimeOffset.MaxValue).UtcDateTime,
                LastUpdated = now.UtcDateTime,
            },
        };

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var invocation = new TimerInvocation(timer, stoppingToken);
            await _invoker.InvokeAsync(scope.ServiceProvider, Array.ConvertAll(_binders, bind => bind(invocation)));
            logger.LogInformation("{Function}: timer run done (next {Next:u}).", function.Name, timer.ScheduleStatus?.Next);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // A failing run must not end the schedule; the host logs it and keeps going.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Timer function {Function} failed.", function.Name);
        }

        _lastRun = now;
    }
}
