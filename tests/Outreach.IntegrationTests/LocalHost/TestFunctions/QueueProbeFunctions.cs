using Azure.Storage.Queues.Models;

namespace Outreach.IntegrationTests.LocalHost.TestFunctions;

public sealed record ProbeOrder(string Id, int Quantity);

/// <summary>Queue functions the dispatcher tests point their metadata at.</summary>
public sealed class QueueProbeFunctions(InvocationLog log)
{
    public void Record(string message, long dequeueCount) => log.Add(nameof(Record), (message, dequeueCount));

    public Task RecordOrder(ProbeOrder order, CancellationToken cancellationToken)
    {
        log.Add(nameof(RecordOrder), order);
        return Task.CompletedTask;
    }

    public void RecordBytes(BinaryData message, string id) => log.Add(nameof(RecordBytes), (message.ToString(), id));

    public void RecordRaw(QueueMessage message) => log.Add(nameof(RecordRaw), (message.Body.ToString(), message.DequeueCount));

    /// <summary>Services are constructor parameters in the worker; as method parameters the host must refuse them.</summary>
    public static void NeedsService(string message, InvocationLog log)
    {
    }

    /// <summary>Runs for as long as the message says (in milliseconds), reporting its start and end.</summary>
    public async Task RunLong(string message, long dequeueCount, CancellationToken cancellationToken)
    {
        log.Add(nameof(RunLong), dequeueCount);
        await Task.Delay(int.Parse(message, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        log.Add(nameof(RunLong) + "Done", dequeueCount);
    }

    public void Fail(string message, long dequeueCount)
    {
        log.Add(nameof(Fail), dequeueCount);
        throw new InvalidOperationException("Fails on purpose: " + message);
    }
}
