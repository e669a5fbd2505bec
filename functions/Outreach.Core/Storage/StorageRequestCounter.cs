using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Outreach.Storage;

/// <summary>
/// Counts every request the storage clients send. Benchmarks read it to report storage requests per
/// API call, a figure that does not depend on how busy the machine is, and where they go
/// (<see cref="Breakdown"/>), so a figure over its goal names its cause.
/// </summary>
public sealed class StorageRequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentDictionary<string, long> _kinds = new(StringComparer.Ordinal);
    private long _count;
    private long _conflicts;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>Answers 409 or 412: writes that lost a race and were (or should have been) retried.</summary>
    public long Conflicts => Interlocked.Read(ref _conflicts);

    /// <summary>Requests so far by kind (e.g. <c>table query m|</c>, <c>table transaction</c>, <c>queue send</c>).</summary>
    public IReadOnlyDictionary<string, long> Breakdown() => new Dictionary<string, long>(_kinds, StringComparer.Ordinal);

    public override void OnSendingRequest(HttpMessage message)
    {
        Interlocked.Increment(ref _count);
        _kinds.AddOrUpdate(StorageRequestKind.Of(message.Request), 1, (_, n) => n + 1);
    }

    public override void OnReceivedResponse(HttpMessage message)
    {
        if (message.Response.Status is 409 or 412 || IsBatchConflict(message))
        {
            Interlocked.Increment(ref _conflicts);
        }
    }

    // A failed entity group transaction answers 202 at the HTTP level with the failure inside; Azurite and
    // Azure both put the inner status line in the body.
    private static bool IsBatchConflict(HttpMessage message)
    {
        if (!message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) || !message.BufferResponse)
        {
            return false;
        }

        var body = message.Response.Content.ToString();
        return body.Contains("HTTP/1.1 409", StringComparison.Ordinal) || body.Contains("HTTP/1.1 412", StringComparison.Ordinal);
    }
}
