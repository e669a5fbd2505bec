using System.Net.Sockets;

namespace Outreach.Storage;

/// <summary>
/// Tells a storage outage (no answer, a refused connection, a timeout, a 5xx) from a request storage
/// answered and refused: the first is worth a retry later (503), the second is a bug or a conflict.
/// </summary>
public static class StorageFailures
{
    /// <summary>How long a client should wait before trying again; the fast-failing clients recover within it.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <param name="clientGone">Cancelled when the caller went away: a cancellation caused by it is not an outage.</param>
    public static bool IsUnavailable(Exception exception, CancellationToken clientGone = default)
    {
        switch (exception)
        {
            case AggregateException aggregate:
                // Azure.Core's retry policy gives up with every attempt's failure gathered.
                return aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(e => IsUnavailable(e, clientGone));
            case RequestFailedException failed:
                return failed.Status is 0 or 408 or >= 500
                    || failed.ErrorCode == "TableNotFound"
                    || (failed.InnerException is { } inner && IsUnavailable(inner, clientGone));
            case HttpRequestException or SocketException or IOException or TimeoutException:
                return true;
            case OperationCanceledException:
                // A network timeout inside the storage client, not the caller hanging up.
                return !clientGone.IsCancellationRequested;
            default:
                return false;
        }
    }
}
