namespace Outreach.Mail.Webhooks;

/// <summary>
/// Persists accepted notifications as queue messages, group-commit style: bodies that arrive while a
/// write is under way wait for the next one and share it. Each caller's task completes only once its
/// items are in the queue, so a 202 still means "persisted" — but under Graph's bursts a hundred
/// bodies cost one queue write, not a hundred, and the webhook's time stays near one write.
/// </summary>
public sealed class NotificationOutbox(MailQueues queues)
{
    // A few writes in flight keep the queue busy without one slow write holding everyone up.
    private const int MaxWriters = 4;

    private readonly Lock _sync = new();
    private List<Waiting> _waiting = [];
    private int _writers;

    public Task StoreAsync(IReadOnlyList<NotifiedMessages> groups, CancellationToken cancellationToken)
    {
        if (groups.Count == 0)
        {
            return Task.CompletedTask;
        }

        var waiting = new Waiting(groups, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var startWriter = false;
        lock (_sync)
        {
            _waiting.Add(waiting);
            if (_writers < MaxWriters)
            {
                _writers++;
                startWriter = true;
            }
        }

        if (startWriter)
        {
            _ = Task.Run(WriteAsync, CancellationToken.None);
        }

        return waiting.Stored.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteAsync()
    {
        while (true)
        {
            List<Waiting> taken;
            lock (_sync)
            {
                if (_waiting.Count == 0)
                {
                    _writers--;
                    return;
                }

                taken = _waiting;
                _waiting = [];
            }

            await Task.WhenAll(Pack(taken).Select(WriteOneAsync));
        }
    }

    /// <summary>Whole bodies per message, as many as fit; a body too big for one message gets its own.</summary>
    private static IEnumerable<(NotificationBatch Batch, List<Waiting> Callers)> Pack(List<Waiting> taken)
    {
        var pack = new NotificationPack();
        var callers = new List<Waiting>();
        foreach (var waiting in taken)
        {
            if (NotificationBatches.Overhead + NotificationBatches.Size(waiting.Groups) > NotificationBatch.MaxJsonBytes)
            {
                var alone = new List<Waiting> { waiting };
                foreach (var batch in NotificationBatches.Split(waiting.Groups))
                {
                    yield return (batch, alone);
                }

                continue;
            }

            if (!pack.TryAdd(waiting.Groups))
            {
                yield return (pack.ToBatch(), callers);
                pack = new NotificationPack();
                callers = [];
                pack.TryAdd(waiting.Groups);
            }

            callers.Add(waiting);
        }

        if (callers.Count > 0)
        {
            yield return (pack.ToBatch(), callers);
        }
    }

    private async Task WriteOneAsync((NotificationBatch Batch, List<Waiting> Callers) write)
    {
        try
        {
            await queues.StoreNotificationsAsync(write.Batch, CancellationToken.None);
            foreach (var caller in write.Callers)
            {
                caller.Written();
            }
        }
#pragma warning disable CA1031 // The failure belongs to the callers: each request reports it (Graph then retries).
        catch (Exception exception)
#pragma warning restore CA1031
        {
            foreach (var caller in write.Callers)
            {
                caller.Stored.TrySetException(exception);
            }
        }
    }

    private sealed record Waiting(IReadOnlyList<NotifiedMessages> Groups, TaskCompletionSource Stored)
    {
        private int _pendingWrites = -1;

        /// <summary>A body split over several messages is stored when the last of them is.</summary>
        public void Written()
        {
            Interlocked.CompareExchange(ref _pendingWrites, NotificationBatches.Split(Groups).Count(), -1);
            if (Interlocked.Decrement(ref _pendingWrites) == 0)
            {
                Stored.TrySetResult();
            }
        }
    }
}
