using Azure;
using Azure.Storage.Queues.Models;
using Outreach.Local.Catalog;
using Outreach.Local.Invocation;

namespace Outreach.Local.Queues;

/// <summary>
/// Polls one function's queue and invokes it per message, with the Functions host's rules: delete on
/// success; while the function runs the message's visibility is renewed (at half of it), so it does not
/// run twice at once; on failure the message becomes visible again after host.json's visibility timeout; after
/// <c>maxDequeueCount</c> attempts it moves to <c>{queue}-poison</c>.
/// </summary>
internal sealed class QueueTriggerListener(
    CatalogFunction function,
    QueueHostSettings settings,
    QueueTriggerClients clients,
    IServiceScopeFactory scopes,
    ILogger<QueueTriggerListener> logger) : BackgroundService
{
    private readonly FunctionInvoker _invoker = new(function);
    private readonly Func<QueueInvocation, object?>[] _binders = QueueArgumentBinders.Create(function);
    private readonly PollingBackoff _backoff = new(TimeSpan.FromMilliseconds(100), settings.MaxPollingInterval);
    private bool _queuesCreated;

    /// <summary>Creates the queues before the host reports started, so callers can enqueue right away.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CreateQueuesAsync(cancellationToken);
            _queuesCreated = true;
        }
        catch (Exception exception) when (IsStorageFailure(exception))
        {
            logger.LogWarning(exception, "Queue {Queue} could not be created at start; the listener keeps trying.", clients.Queue.Name);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_queuesCreated)
        {
            await EnsureQueuesAsync(stoppingToken);
        }

        logger.LogDebug("Function {Function} listens on queue {Queue}.", function.Name, clients.Queue.Name);

        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] messages;
            try
            {
                messages = (await clients.Queue.ReceiveMessagesAsync(
                    Math.Clamp(settings.BatchSize, 1, 32), settings.ProcessingVisibility, stoppingToken)).Value;
            }
            catch (Exception exception) when (IsStorageFailure(exception))
            {
                logger.LogWarning(exception, "Polling queue {Queue} failed; retrying.", clients.Queue.Name);
                messages = [];
            }

            if (messages.Length == 0)
            {
                await Task.Delay(_backoff.Next(), stoppingToken);
                continue;
            }

            _backoff.Reset();
            await Task.WhenAll(messages.Select(message => ProcessAsync(message, stoppingToken)));
        }
    }

    private async Task EnsureQueuesAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await CreateQueuesAsync(stoppingToken);
                return;
            }
            catch (Exception exception) when (IsStorageFailure(exception))
            {
                // Storage may come up after the host; keep trying instead of stopping the whole host.
                logger.LogWarning(exception, "Creating queue {Queue} failed; retrying.", clients.Queue.Name);
                await Task.Delay(_backoff.Next(), stoppingToken);
            }
        }
    }

    private async Task CreateQueuesAsync(CancellationToken cancellationToken)
    {
        await clients.Queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await clients.Poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        if (message.DequeueCount > settings.MaxDequeueCount)
        {
            await MoveToPoisonAsync(message, message.PopReceipt);
            return;
        }

        // Renewed while the function runs, so a long one keeps its message and it does not run twice at once.
        var renewal = VisibilityRenewal.Start(clients.Queue, message, settings.ProcessingVisibility, logger);
        try
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var invocation = new QueueInvocation(message, stoppingToken);
                var arguments = Array.ConvertAll(_binders, bind => bind(invocation));
                await _invoker.InvokeAsync(scope.ServiceProvider, arguments);
            }
            finally
            {
                await renewal.DisposeAsync();
            }

            await clients.Queue.DeleteMessageAsync(message.MessageId, renewal.PopReceipt, CancellationToken.None);
            logger.LogInformation("{Function}: processed message {MessageId} from {Queue}.", function.Name, message.MessageId, clients.Queue.Name);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping is not the message's fault: hand it back without counting against it further.
            await ReleaseAsync(message, renewal.PopReceipt, TimeSpan.Zero);
        }
#pragma warning disable CA1031 // A failing function must never stop the listener; the message carries the failure.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Function {Function} failed on message {MessageId} (attempt {Attempt} of {Max}).", function.Name, message.MessageId, message.DequeueCount, settings.MaxDequeueCount);
            if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(message, renewal.PopReceipt);
            }
            else
            {
                await ReleaseAsync(message, renewal.PopReceipt, settings.VisibilityTimeout);
            }
        }
    }

    private async Task ReleaseAsync(QueueMessage message, string popReceipt, TimeSpan visibilityTimeout)
    {
        try
        {
            await clients.Queue.UpdateMessageAsync(message.MessageId, popReceipt, visibilityTimeout: visibilityTimeout, cancellationToken: CancellationToken.None);
        }
        catch (Exception exception) when (IsStorageFailure(exception))
        {
            logger.LogWarning(exception, "Could not release message {MessageId}; it reappears when its visibility expires.", message.MessageId);
        }
    }

    private async Task MoveToPoisonAsync(QueueMessage message, string popReceipt)
    {
        logger.LogWarning("Moving message {MessageId} of function {Function} to {PoisonQueue}.", message.MessageId, function.Name, clients.Poison.Name);
        try
        {
            await clients.Poison.SendMessageAsync(message.Body, cancellationToken: CancellationToken.None);
            await clients.Queue.DeleteMessageAsync(message.MessageId, popReceipt, CancellationToken.None);
        }
        catch (Exception exception) when (IsStorageFailure(exception))
        {
            logger.LogWarning(exception, "Could not move message {MessageId} to {PoisonQueue}; it reappears and is moved on its next attempt.", message.MessageId, clients.Poison.Name);
        }
    }

    // Azure.Core reports an unreachable endpoint as AggregateException ("retry failed after n tries"),
    // a storage error as RequestFailedException. Neither may stop the listener, and so the host.
    private static bool IsStorageFailure(Exception exception)
        => exception is RequestFailedException or AggregateException or HttpRequestException;
}
