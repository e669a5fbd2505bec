using System.Text.Json;

namespace Outreach.Mail.Graph;

/// <summary>
/// The last handler before the network in a user's Graph pipeline: every request, including each retry
/// of the SDK's retry handler (which waits out Retry-After outside, holding no slot), passes the
/// user's <see cref="MailboxConcurrencyGate"/>. A <c>$batch</c> weighs as many slots as Outlook runs
/// its steps at once: the number of steps, at most 4.
/// </summary>
internal sealed class MailboxConcurrencyHandler(MailboxConcurrencyGate gate, string mailbox) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var taken = await gate.EnterAsync(mailbox, await WeightAsync(request, cancellationToken), cancellationToken);
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            gate.Exit(mailbox, taken);
        }
    }

    private static async Task<int> WeightAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Post || request.Content is null
            || request.RequestUri?.AbsolutePath.EndsWith("/$batch", StringComparison.OrdinalIgnoreCase) != true)
        {
            return 1;
        }

        // Buffered, the body is still sent (and re-sent on a retry) from the buffer.
        await request.Content.LoadIntoBufferAsync(cancellationToken);
        try
        {
            using var batch = JsonDocument.Parse(await request.Content.ReadAsByteArrayAsync(cancellationToken));
            return batch.RootElement.TryGetProperty("requests", out var steps) && steps.ValueKind == JsonValueKind.Array
                ? steps.GetArrayLength()
                : MailboxConcurrencyGate.Limit;
        }
        catch (JsonException)
        {
            return MailboxConcurrencyGate.Limit;
        }
    }
}
