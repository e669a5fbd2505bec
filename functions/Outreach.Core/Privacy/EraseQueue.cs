using Azure.Storage.Queues;

namespace Outreach.Privacy;

/// <summary>
/// The queue that carries an erase to its end: the message names only the user, and the work it stands
/// for is idempotent, so a restarted host, a retried message or a second DELETE simply continue it.
/// </summary>
public sealed class EraseQueue(QueueServiceClient service)
{
    public const string Name = "privacy-erase";

    private readonly QueueClient _queue = service.GetQueueClient(Name);
    private Task? _created;

    public async Task RequestAsync(UserId user, CancellationToken cancellationToken)
    {
        if (_created is not { IsCompletedSuccessfully: true })
        {
            _created = _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await _created;
        }

        await _queue.SendMessageAsync(user.PartitionKey, cancellationToken);
    }

    public static UserId Read(string message) => UserId.FromPartitionKey(message.Trim());
}
