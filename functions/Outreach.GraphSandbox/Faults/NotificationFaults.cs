namespace Outreach.GraphSandbox.Faults;

/// <summary>
/// How change notifications misbehave, as Graph's do: at-least-once (duplicates), no ordering
/// guarantee (reversed bursts), and late delivery.
/// </summary>
public sealed record NotificationFaults
{
    public static readonly NotificationFaults None = new();

    /// <summary>How many times each notification is posted (1 = once).</summary>
    public int Copies { get; init; } = 1;

    /// <summary>
    /// Deliver each burst — everything queued when the delivery loop looks, e.g. what queued while
    /// delivery was paused — newest first.
    /// </summary>
    public bool ReverseBursts { get; init; }

    /// <summary>Hold each notification this long after the change before posting it.</summary>
    public TimeSpan Delay { get; init; }
}
