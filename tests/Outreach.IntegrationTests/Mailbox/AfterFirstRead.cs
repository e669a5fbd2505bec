using Azure.Core;
using Azure.Core.Pipeline;

namespace Outreach.IntegrationTests.Mailbox;

/// <summary>
/// Runs an action once, right after the client's first read (GET) is answered and before its caller sees
/// the answer: a deterministic way to put another worker's write between a read and the write that follows it.
/// </summary>
internal sealed class AfterFirstRead(Action action) : HttpPipelineSynchronousPolicy
{
    private Action? _action = action;

    public override void OnReceivedResponse(HttpMessage message)
    {
        if (message.Request.Method == RequestMethod.Get)
        {
            Interlocked.Exchange(ref _action, null)?.Invoke();
        }
    }
}
