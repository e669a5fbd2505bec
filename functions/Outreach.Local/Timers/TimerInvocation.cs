using Microsoft.Azure.Functions.Worker;

namespace Outreach.Local.Timers;

internal sealed record TimerInvocation(TimerInfo Timer, CancellationToken CancellationToken);
