using System.Text.Json;
using Azure.Storage.Queues;

namespace Outreach.Mail;

/// <summary>
/// The queues between the webhooks and the background work. A message names only the user (and what
/// to sync): the work itself waits in the user's partition, so a burst of notifications becomes one
/// round of Graph reads.
/// </summary>
public sealed class MailQueues(QueueServiceClient service)
{
    public const string Links = "mail-links";
    public const string LinksPoison = "mail-links-poison";
    public const string Sync = "mail-sync";
    public const string Notifications = "mail-notifications";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, Task<QueueClient>> _queues = [];
    private readonly Lock _sync = new();

    public async Task KickLinkerAsync(UserId user, CancellationToken cancellationToken, TimeSpan? delay = null)
        => await SendAsync(Links, new LinkRequest(user.PartitionKey), delay, cancellationToken);

    public async Task RequestSyncAsync(SyncRequest request, CancellationToken cancellationToken, TimeSpan? delay = null)
        => await SendAsync(Sync, request, delay, cancellationToken);

    public async Task StoreNotificationsAsync(Webhooks.NotificationBatch batch, CancellationToken cancellationToken)
        => await SendAsync(Notifications, batch, null, cancellationToken);

    public static int JsonBytes<T>(T message) => JsonSerializer.SerializeToUtf8Bytes(message, Json).Length;

    public async Task PoisonAsync(PoisonedMessage message, CancellationToken cancellationToken)
        => await SendAsync(LinksPoison, message, null, cancellationToken);

    public static T Read<T>(string message) => JsonSerializer.Deserialize<T>(message, Json) ?? throw new JsonException("empty queue message");

    private async Task SendAsync<T>(string queue, T message, TimeSpan? delay, CancellationToken cancellationToken)
    {
        var client = await GetAsync(queue);
        await client.SendMessageAsync(JsonSerializer.Serialize(message, Json), delay, cancellationToken: cancellationToken);
    }

    private Task<QueueClient> GetAsync(string name)
    {
        lock (_sync)
        {
            if (!_queues.TryGetValue(name, out var task) || task.IsFaulted || task.IsCanceled)
            {
                _queues[name] = task = CreateAsync(service.GetQueueClient(name));
            }

            return task;
        }
    }

    private static async Task<QueueClient> CreateAsync(QueueClient client)
    {
        await client.CreateIfNotExistsAsync();
        return client;
    }
}

/// <summary>"This user has mail waiting to be linked."</summary>
public sealed record LinkRequest(string User);

/// <summary>"Reconcile this user's folders with delta" — after connecting, a lifecycle event, or on the timer.</summary>
public sealed record SyncRequest(string User, string Reason, string? SubscriptionId = null);

/// <summary>A message that kept failing, with why.</summary>
public sealed record PoisonedMessage(string User, string MessageId, string Folder, string Reason, DateTimeOffset At);
