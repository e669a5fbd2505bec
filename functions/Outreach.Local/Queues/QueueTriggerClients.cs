using Azure;
using Azure.Storage.Queues;
using Outreach.Local.Catalog;
using Outreach.Local.Invocation;

namespace Outreach.Local.Queues;

/// <summary>The trigger queue of one function and its <c>-poison</c> queue, encoded like the host's.</summary>
internal sealed class QueueTriggerClients
{
    private QueueTriggerClients(QueueClient queue, QueueClient poison)
    {
        Queue = queue;
        Poison = poison;
    }

    public QueueClient Queue { get; }

    public QueueClient Poison { get; }

    public static QueueTriggerClients Create(CatalogFunction function, QueueHostSettings settings, IConfiguration configuration, ILogger logger)
    {
        var connectionString = StorageConnections.Resolve(configuration, function.Trigger.Connection, function.Name);
        var queueName = AppSettingExpressions.Resolve(
            function.Trigger.QueueName ?? throw FunctionIndexingException.For(function.Name, "the queue trigger has no queueName."),
            configuration,
            function.Name);

        var poison = new QueueClient(connectionString, queueName + "-poison", Options(settings));
        var options = Options(settings);

        // Without a handler the SDK would fail the whole batch; the host moves such a message to poison.
        options.MessageDecodingFailed += async args =>
        {
            if (args.ReceivedMessage is not { } message)
            {
                return;
            }

            logger.LogWarning("Message {MessageId} on {Queue} is not {Encoding}-encoded; moving it to {PoisonQueue}.", message.MessageId, queueName, settings.MessageEncoding, poison.Name);
            try
            {
                await poison.SendMessageAsync(message.Body, cancellationToken: CancellationToken.None);
                await args.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
            }
            catch (RequestFailedException exception)
            {
                // Left in place, the message comes back and gets another try at moving.
                logger.LogWarning(exception, "Could not move undecodable message {MessageId} to {PoisonQueue}.", message.MessageId, poison.Name);
            }
        };

        return new QueueTriggerClients(new QueueClient(connectionString, queueName, options), poison);
    }

    private static QueueClientOptions Options(QueueHostSettings settings) => new()
    {
        MessageEncoding = string.Equals(settings.MessageEncoding, "none", StringComparison.OrdinalIgnoreCase)
            ? QueueMessageEncoding.None
            : QueueMessageEncoding.Base64,
    };
}
