using Microsoft.Extensions.Time.Testing;

namespace Outreach.TestFixtures;

/// <summary>
/// Fake time that counts the timers created on it, so a test can wait until a loop is waiting again
/// (its next delay exists) before it moves time on — no real waiting on the loop's pace.
/// </summary>
public sealed class SteppedTime(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _timers;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref _timers);
        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Waits until <paramref name="count"/> timers have been created in all.</summary>
    public async Task WaitForTimersAsync(int count)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (Volatile.Read(ref _timers) < count)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"{Volatile.Read(ref _timers)} timers created, expected {count}.");
            }

            await Task.Delay(20);
        }
    }
}
