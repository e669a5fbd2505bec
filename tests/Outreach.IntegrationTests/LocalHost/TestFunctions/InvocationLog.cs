using System.Collections.Concurrent;

namespace Outreach.IntegrationTests.LocalHost.TestFunctions;

/// <summary>What test functions saw; registered as a singleton so the test can watch the host's work.</summary>
public sealed class InvocationLog
{
    private readonly ConcurrentQueue<(string Function, object? Value)> _entries = new();

    public void Add(string function, object? value) => _entries.Enqueue((function, value));

    public IReadOnlyList<object?> Of(string function) => [.. _entries.Where(e => e.Function == function).Select(e => e.Value)];

    /// <summary>Waits until <paramref name="function"/> has been invoked at least <paramref name="count"/> times.</summary>
    public async Task<IReadOnlyList<object?>> WaitForAsync(string function, int count = 1, int timeoutSeconds = 30)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(timeoutSeconds);
        while (Of(function).Count < count)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"{function} ran {Of(function).Count} times, expected {count} within {timeoutSeconds} s.");
            }

            await Task.Delay(50);
        }

        return Of(function);
    }
}
