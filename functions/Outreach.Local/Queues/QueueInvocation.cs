using Azure.Storage.Queues.Models;

namespace Outreach.Local.Queues;

internal sealed record QueueInvocation(QueueMessage Message, CancellationToken CancellationToken);
