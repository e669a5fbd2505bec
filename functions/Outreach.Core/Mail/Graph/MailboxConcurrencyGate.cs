using System.Collections.Concurrent;

namespace Outreach.Mail.Graph;

/// <summary>
/// Keeps this process within Outlook's limit of 4 concurrent requests per app and mailbox
/// (<c>MailboxConcurrency</c>): a fifth would get 429 and cost a Retry-After wait. Shared by every
/// Graph client of the process, so concurrent linker runs, syncs and subscription calls of one user
/// queue here instead. Other instances of the app keep their own count; the SDK's retry handler
/// covers what they add.
/// </summary>
public sealed class MailboxConcurrencyGate
{
    /// <summary>Outlook's limit per app and mailbox (learn.microsoft.com/graph/throttling-limits).</summary>
    public const int Limit = 4;

    private readonly ConcurrentDictionary<string, (SemaphoreSlim Slots, SemaphoreSlim Wide)> _mailboxes = new(StringComparer.Ordinal);

    /// <summary>
    /// Waits for <paramref name="weight"/> slots (1 for a request, up to 4 for a <c>$batch</c> whose steps
    /// Outlook runs in parallel) and says how many were taken; give that number to <see cref="Exit"/>.
    /// </summary>
    public async Task<int> EnterAsync(string mailbox, int weight, CancellationToken cancellationToken)
    {
        var (slots, wide) = Lanes(mailbox);
        weight = Math.Clamp(weight, 1, Limit);
        if (weight == 1)
        {
            await slots.WaitAsync(cancellationToken);
            return 1;
        }

        // One wide request gathers slots at a time: two gathering at once could each hold part and wait forever.
        await wide.WaitAsync(cancellationToken);
        var taken = 0;
        try
        {
            for (; taken < weight; taken++)
            {
                await slots.WaitAsync(cancellationToken);
            }

            return taken;
        }
        catch
        {
            if (taken > 0)
            {
                slots.Release(taken);
            }

            throw;
        }
        finally
        {
            wide.Release();
        }
    }

    public void Exit(string mailbox, int taken) => Lanes(mailbox).Slots.Release(taken);

    private (SemaphoreSlim Slots, SemaphoreSlim Wide) Lanes(string mailbox)
        => _mailboxes.GetOrAdd(mailbox, _ => (new SemaphoreSlim(Limit, Limit), new SemaphoreSlim(1, 1)));
}
