using Outreach.Local.Catalog;
using Outreach.Local.Invocation;
using Outreach.Local.Queues;
using Outreach.Local.Timers;

namespace Outreach.Local.Hosting;

/// <summary>
/// Registers a background listener per queue function and a runner per timer function. Everything
/// that can be checked (settings, schedules, parameters) is checked here, before the host starts.
/// </summary>
internal static class FunctionTriggerRegistration
{
    public static IServiceCollection AddFunctionTriggers(this IServiceCollection services, IEnumerable<CatalogFunction> functions, QueueHostSettings queueSettings, IConfiguration configuration)
    {
        var zone = TimeZone(configuration);
        foreach (var function in functions)
        {
            switch (function.Kind)
            {
                case TriggerKind.Queue:
                    _ = QueueArgumentBinders.Create(function);
                    _ = StorageConnections.Resolve(configuration, function.Trigger.Connection, function.Name);
                    services.AddSingleton<IHostedService>(sp => new QueueTriggerListener(
                        function,
                        queueSettings,
                        QueueTriggerClients.Create(function, queueSettings, configuration, sp.GetRequiredService<ILogger<QueueTriggerListener>>()),
                        sp.GetRequiredService<IServiceScopeFactory>(),
                        sp.GetRequiredService<ILogger<QueueTriggerListener>>()));
                    break;

                case TriggerKind.Timer:
                    _ = TimerArgumentBinders.Create(function);
                    var schedule = Schedule(function, configuration, zone);
                    services.AddSingleton<IHostedService>(sp => new TimerTriggerRunner(
                        function,
                        schedule,
                        sp.GetRequiredService<IServiceScopeFactory>(),
                        sp.GetService<TimeProvider>() ?? TimeProvider.System,
                        sp.GetRequiredService<ILogger<TimerTriggerRunner>>()));
                    break;

                case TriggerKind.Http:
                default:
                    break;
            }
        }

        return services;
    }

    private static TimerSchedule Schedule(CatalogFunction function, IConfiguration configuration, TimeZoneInfo zone)
    {
        var expression = AppSettingExpressions.Resolve(
            function.Trigger.Schedule ?? throw FunctionIndexingException.For(function.Name, "the timer trigger has no schedule."),
            configuration,
            function.Name);
        try
        {
            return TimerSchedule.Parse(expression, zone);
        }
        catch (FormatException exception)
        {
            throw FunctionIndexingException.For(function.Name, exception.Message);
        }
    }

    /// <summary>Schedules run in UTC unless WEBSITE_TIME_ZONE names a zone, as on App Service.</summary>
    private static TimeZoneInfo TimeZone(IConfiguration configuration)
        => configuration["WEBSITE_TIME_ZONE"] is { Length: > 0 } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : TimeZoneInfo.Utc;
}
