using Azure.Core;
using Azure.Core.Pipeline;

namespace Outreach.IntegrationTests.Mailbox;

/// <summary>
/// Loses the answer to the first matching request after storage has carried it out, as a dropped
/// connection does; the client's retry policy then sends the request again, as it would in production.
/// </summary>
internal sealed class AnswerLostOnce(Func<HttpMessage, bool> matches) : HttpPipelineSynchronousPolicy
{
    private int _lost;

    public override void OnReceivedResponse(HttpMessage message)
    {
        if (matches(message) && Interlocked.Exchange(ref _lost, 1) == 0)
        {
            throw new IOException("The connection was reset before the answer arrived.");
        }
    }
}
