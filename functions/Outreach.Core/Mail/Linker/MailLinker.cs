using System.Text.Json;
using Outreach.Mail.Rules;

namespace Outreach.Mail.Linker;

/// <summary>
/// Links messages to people and keeps each person's mail state: stores every message against the
/// people it involves, then derives the state again from all of a person's messages. Because the state
/// is a function of the set of messages, the same message twice, or a reply before its sent mail,
/// ends in the same state as one in-order delivery. Within a <see cref="LinkRun"/> rows go out in
/// transactions of 100 and each person is updated once, when the run completes.
/// </summary>
public sealed class MailLinker(OutreachTable table, PersonMailUpdater updater)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<LinkRun> BeginAsync(UserId user, CancellationToken cancellationToken)
        => new(user, await table.GetClientAsync(cancellationToken));

    /// <summary>Links one page of messages in a run; people are updated by <see cref="CompleteAsync"/>.</summary>
    public static async Task LinkAsync(LinkRun run, IReadOnlyList<MailMessageFacts> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        await run.Book.LoadAsync(messages.SelectMany(Addresses), cancellationToken);
        await run.LoadPendingAsync(cancellationToken);
        await run.LoadSentAsync(messages.Where(m => MessageClassifier.Classify(m) == MessageKind.NonDelivery).SelectMany(MessageIds.BounceKeys), cancellationToken);
        foreach (var message in messages)
        {
            var links = MessageLinker.Link(message, run.Book.PeopleFor, run.PeopleBySentId);
            var kind = MessageClassifier.Classify(message);
            foreach (var (personId, link) in links)
            {
                run.Link(personId, link);
            }

            foreach (var sentId in kind == MessageKind.Sent ? MessageIds.SentKeys(message) : [])
            {
                var recipients = message.To.Concat(message.Cc).Concat(message.Bcc).SelectMany(a => run.Book.PeopleFor(a.Address)).Distinct().ToList();
                run.AddSent(sentId, recipients);
                LinkPending(run, sentId, recipients);
            }

            if (kind == MessageKind.NonDelivery && links.Count == 0)
            {
                // The bounce came before the mail it reports on: keep it until that mail is linked.
                foreach (var referenced in MessageIds.BounceKeys(message))
                {
                    run.AddPending(referenced, message);
                }
            }

            foreach (var correspondent in Correspondents(message, kind).Where(a => run.Book.PeopleFor(a.Address).Count == 0))
            {
                run.Correspondents.Add(correspondent, message);
            }
        }

        await run.Rows.WriteFullAsync(cancellationToken);
    }

    /// <summary>Writes what is left and updates every person the run linked mail to, once each.</summary>
    public async Task CompleteAsync(LinkRun run, CancellationToken cancellationToken)
    {
        run.Correspondents.PutRows(run.User, run.Rows);
        await run.Rows.FlushAsync(cancellationToken);
        if (run.Links.Count > 0)
        {
            await updater.RefreshAsync(run.User, run.Links, cancellationToken);
            run.Links.Clear();
        }
    }

    /// <summary>Links messages as a run of their own.</summary>
    public async Task LinkAsync(UserId user, IReadOnlyList<MailMessageFacts> messages, CancellationToken cancellationToken)
    {
        var run = await BeginAsync(user, cancellationToken);
        await LinkAsync(run, messages, cancellationToken);
        await CompleteAsync(run, cancellationToken);
    }

    /// <summary>Links bounces that arrived before this sent mail: stored ones and ones from this same run.</summary>
    private static void LinkPending(LinkRun run, string sentId, List<string> recipients)
    {
        foreach (var bounce in run.TakePending(sentId))
        {
            foreach (var (personId, link) in MessageLinker.Link(bounce, run.Book.PeopleFor, id => id == sentId ? recipients : []))
            {
                run.Link(personId, link);
            }
        }
    }

    private static IEnumerable<string> Addresses(MailMessageFacts message)
        => new[] { message.From }.Concat(message.To).Concat(message.Cc).Concat(message.Bcc).OfType<MailAddress>().Select(a => a.Address)
            .Concat(FailedRecipients.Of(message));

    /// <summary>The other side of a mail: its recipients when the user sent it, its sender otherwise.</summary>
    private static IEnumerable<MailAddress> Correspondents(MailMessageFacts message, MessageKind kind) => kind switch
    {
        MessageKind.Sent => message.To.Concat(message.Cc),
        MessageKind.Received when message.From is not null => [message.From],
        _ => [],
    };
}
