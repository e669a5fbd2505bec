using Microsoft.Azure.Functions.Worker;

namespace Outreach.IntegrationTests.LocalHost.TestFunctions;

/// <summary>Timer functions the dispatcher tests point their metadata at.</summary>
public sealed class TimerProbeFunctions(InvocationLog log)
{
    public async Task Tick(TimerInfo timer, CancellationToken cancellationToken)
    {
        log.Add(nameof(Tick), timer);
        await Task.Yield();
    }

    public void Startup(TimerInfo timer) => log.Add(nameof(Startup), timer);

    public static void NeedsContext(TimerInfo timer, FunctionContext context)
    {
    }
}
