using Azure.Core;
using Azure.Core.Pipeline;

namespace Outreach.Storage;

/// <summary>
/// Counts every request the storage clients send. Benchmarks read it to report storage requests per
/// API call, a figure that does not depend on how busy the machine is.
/// </summary>
public sealed class StorageRequestCounter : HttpPipelineSynchronousPolicy
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
