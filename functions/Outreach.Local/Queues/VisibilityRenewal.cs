using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Outreach.Storage;

namespace Outreach.Local.Queues;

/// <summary>
/// Keeps a message invisible while its function runs, as the Functions host does: every half of the
/// processing visibility it extends the visibility by a whole one, keeping the pop receipt each update
/// returns, so the delete (or release) after the run uses the current one.
/// </summary>
internal sealed class VisibilityRenewal : IAsyncDisposable
{
    private readonly QueueClient _queue;
    private readonly QueueMessage _message;
    private readonly TimeSpan _visibility;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private VisibilityRenewal(QueueClient queue, QueueMessage message, TimeSpan visibility, ILogger logger)
    {
        _queue = queue;
        _message = message;
        _visibility = visibility;
        _logger = logger;
        PopReceipt = message.PopReceipt;
        _loop = RenewAsync();
    }

    /// <summary>The receipt of the latest visibility update; valid for delete and update until the next renewal.</summary>
    public string PopReceipt { get; private set; }

    public static VisibilityRenewal Start(QueueClient queue, QueueMessage message, TimeSpan visibility, ILogger logger)
        => new(queue, message, visibility, logger);

    /// <summary>Stops renewing; after it <see cref="PopReceipt"/> no longer changes.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task RenewAsync()
    {
        var interval = _visibility / 2;
        var lost = await PeriodicRenewal.RunAsync(
            UpdateAsync,
            interval,
            // Less than half the visibility is left after a failure: try again soon, not a half later.
            interval / 10,
            // The receipt no longer holds the message (it expired and someone else took it): nothing left to keep.
            refused => refused.Status is 400 or 404,
            exception => _logger.LogWarning(exception, "Renewing the visibility of message {MessageId} on {Queue} failed; retrying.", _message.MessageId, _queue.Name),
            TimeProvider.System,
            _stop.Token);
        if (lost is not null)
        {
            _logger.LogWarning(lost, "Message {MessageId} on {Queue} was lost while its function ran; it may run again.", _message.MessageId, _queue.Name);
        }
    }

    private async Task UpdateAsync()
    {
        var receipt = await _queue.UpdateMessageAsync(_message.MessageId, PopReceipt, visibilityTimeout: _visibility, cancellationToken: CancellationToken.None);
        PopReceipt = receipt.Value.PopReceipt;
    }
}
