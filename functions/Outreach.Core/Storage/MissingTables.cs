using Azure.Core;
using Azure.Core.Pipeline;

namespace Outreach.Storage;

/// <summary>
/// Notices storage saying a table does not exist (an emulator restarted in memory, a table deleted by
/// hand), so that <see cref="TableOnFirstUse"/> creates its table again instead of trusting an old success.
/// </summary>
public sealed class MissingTables : HttpPipelineSynchronousPolicy
{
    private long generation;

    /// <summary>Grows each time storage reports a missing table.</summary>
    public long Generation => Interlocked.Read(ref generation);

    public override void OnReceivedResponse(HttpMessage message)
    {
        if (message.Response.Status == 404
            && message.Response.Headers.TryGetValue("x-ms-error-code", out var code)
            && code == "TableNotFound")
        {
            Interlocked.Increment(ref generation);
        }
    }
}
