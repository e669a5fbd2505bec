using Microsoft.Azure.Functions.Worker;
using Outreach.Local.Catalog;
using Outreach.Local.Invocation;

namespace Outreach.Local.Timers;

/// <summary>Decides once per timer function where each parameter comes from.</summary>
internal static class TimerArgumentBinders
{
    public static Func<TimerInvocation, object?>[] Create(CatalogFunction function)
        => [.. function.Method.GetParameters().Select(parameter =>
        {
            ParameterRules.RejectWorkerOnlyTypes(function, parameter);
            if (parameter.ParameterType == typeof(TimerInfo))
            {
                return invocation => invocation.Timer;
            }

            if (parameter.ParameterType == typeof(CancellationToken))
            {
                return (Func<TimerInvocation, object?>)(invocation => invocation.CancellationToken);
            }

            throw ParameterRules.Unsupported(function, parameter, "TimerInfo, CancellationToken");
        })];
}
