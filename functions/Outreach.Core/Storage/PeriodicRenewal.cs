namespace Outreach.Storage;

/// <summary>
/// Keeps a claim in storage that lapses — a lease row, a queue message's invisibility — alive while work
/// runs: renews it every interval until stopped. A renewal storage refuses because the claim is someone
/// else's now ends the loop; one that fails for an outage is tried again after the retry delay, while the
/// claim still runs on its last renewal.
/// </summary>
public static class PeriodicRenewal
{
    /// <param name="renew">
    /// One renewal. It takes no token: a renewal cancelled midway may still land unseen, leaving the caller
    /// with a stale ETag or pop receipt for its release.
    /// </param>
    /// <param name="retry">The delay after a failed renewal, instead of <paramref name="interval"/>.</param>
    /// <param name="isLost">Whether storage's refusal means the claim is no longer the caller's.</param>
    /// <param name="failed">Told of each renewal that failed for an outage, before it is tried again.</param>
    /// <returns>Null once <paramref name="stop"/> is cancelled; storage's refusal when the claim was lost.</returns>
    public static async Task<RequestFailedException?> RunAsync(
        Func<Task> renew,
        TimeSpan interval,
        TimeSpan retry,
        Func<RequestFailedException, bool> isLost,
        Action<Exception> failed,
        TimeProvider time,
        CancellationToken stop)
    {
        var delay = interval;
        while (true)
        {
            try
            {
                await Task.Delay(delay, time, stop);
                await renew();
                delay = interval;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return null;
            }
            catch (RequestFailedException refused) when (isLost(refused))
            {
                return refused;
            }
            catch (Exception exception) when (exception is RequestFailedException or AggregateException || StorageFailures.IsUnavailable(exception, stop))
            {
                // A timed-out renewal too (cancelled by the client's own timeout): the loop must outlive an outage.
                failed(exception);
                delay = retry;
            }
        }
    }
}
