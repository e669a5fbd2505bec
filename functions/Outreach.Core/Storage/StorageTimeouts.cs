using Azure.Core;
using Azure.Core.Pipeline;

namespace Outreach.Storage;

/// <summary>
/// Fail fast when storage is gone, without failing big work on a busy account: single-row requests
/// (point reads, writes, queue messages, table creation) get a short network timeout; transactions
/// and range queries, which legitimately move megabytes, a longer one. Storage's own limit for one
/// query page is 5 s, so a page slower than that is an outage, not load.
/// </summary>
public sealed class StorageTimeouts : HttpPipelineSynchronousPolicy
{
    public static readonly TimeSpan SingleRow = TimeSpan.FromSeconds(1.5);
    public static readonly TimeSpan Bulk = TimeSpan.FromSeconds(10);

    /// <summary>Few, quick retries: a dead storage answers 503 within about a second instead of after minutes.</summary>
    public static void Apply(ClientOptions options)
    {
        options.Retry.MaxRetries = 2;
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = Bulk;
        options.AddPolicy(new StorageTimeouts(), HttpPipelinePosition.PerRetry);
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        var uri = message.Request.Uri;
        var path = uri.Path;
        var bulk = path.EndsWith("$batch", StringComparison.Ordinal)
            || (path.EndsWith("()", StringComparison.Ordinal) && uri.Query.Contains("filter", StringComparison.Ordinal));
        message.NetworkTimeout = bulk ? Bulk : SingleRow;
    }
}
