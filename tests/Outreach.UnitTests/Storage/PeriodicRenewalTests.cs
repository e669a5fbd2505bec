using Azure;
using Outreach.Storage;
using Outreach.TestFixtures;

namespace Outreach.UnitTests.Storage;

/// <summary>The renewal loop of leases and queue messages, on time stepped by the test.</summary>
public sealed class PeriodicRenewalTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(3);

    private readonly SteppedTime _time = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
    private readonly List<Exception> _failures = [];
    private int _renewals;

    [Fact]
    public async Task RenewsOnceEveryIntervalUntilStopped()
    {
        using var stop = new CancellationTokenSource();
        var loop = RunAsync(_ => { }, stop.Token);

        for (var renewal = 1; renewal <= 3; renewal++)
        {
            await _time.WaitForTimersAsync(renewal);
            _time.Advance(Interval - TimeSpan.FromSeconds(1));
            Assert.Equal(renewal - 1, Volatile.Read(ref _renewals));
            _time.Advance(TimeSpan.FromSeconds(1));
            await RenewalsAsync(renewal);
        }

        await stop.CancelAsync();
        Assert.Null(await loop);
        Assert.Empty(_failures);
    }

    [Theory]
    [InlineData("503")]
    [InlineData("timeout")]
    public async Task ARenewalThatFailedForAnOutageIsTriedAgainAfterTheRetryDelayThenEveryIntervalAgain(string failure)
    {
        using var stop = new CancellationTokenSource();
        var loop = RunAsync(
            renewal =>
            {
                if (renewal == 1)
                {
                    // A client's own network timeout surfaces as a cancellation nobody asked for.
                    throw failure == "503" ? new RequestFailedException(503, "Server busy") : new TaskCanceledException("The request timed out.");
                }
            },
            stop.Token);

        await _time.WaitForTimersAsync(1);
        _time.Advance(Interval);
        await RenewalsAsync(1);
        await _time.WaitForTimersAsync(2);
        _time.Advance(Retry);
        await RenewalsAsync(2);

        await _time.WaitForTimersAsync(3);
        _time.Advance(Retry);
        Assert.Equal(2, Volatile.Read(ref _renewals));
        _time.Advance(Interval - Retry);
        await RenewalsAsync(3);

        await stop.CancelAsync();
        Assert.Null(await loop);
        Assert.Single(_failures);
    }

    [Fact]
    public async Task ARefusalMeaningTheClaimIsLostEndsTheLoopWithIt()
    {
        var loop = RunAsync(_ => throw new RequestFailedException(412, "Precondition failed"), CancellationToken.None);

        await _time.WaitForTimersAsync(1);
        _time.Advance(Interval);

        Assert.Equal(412, (await loop.WaitAsync(TimeSpan.FromSeconds(30)))?.Status);
        Assert.Equal(1, _renewals);
        Assert.Empty(_failures);
    }

    [Fact]
    public async Task AFailureThatIsNoOutageIsNotSwallowed()
    {
        var loop = RunAsync(_ => throw new InvalidOperationException("A bug."), CancellationToken.None);

        await _time.WaitForTimersAsync(1);
        _time.Advance(Interval);

        await Assert.ThrowsAsync<InvalidOperationException>(() => loop.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private Task<RequestFailedException?> RunAsync(Action<int> renew, CancellationToken stop)
        => PeriodicRenewal.RunAsync(
            () =>
            {
                renew(Interlocked.Increment(ref _renewals));
                return Task.CompletedTask;
            },
            Interval,
            Retry,
            refused => refused.Status == 412,
            _failures.Add,
            _time,
            stop);

    private async Task RenewalsAsync(int count)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (Volatile.Read(ref _renewals) < count)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"{_renewals} renewals, expected {count}.");
            await Task.Delay(10);
        }
    }
}
