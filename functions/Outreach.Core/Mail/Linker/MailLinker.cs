using System.Text.Json;
using Outreach.Mail.Rules;

namespace Outreach.Mail.Linker;

/// <summary>
/// Links messages to people and keeps each person's mail state: stores every message against the
/// people it involves, then derives the state again from all of a person's messages. Because the state
/// is a function of the set of messages, the same message twice, or a reply before its sent mail,
/// ends in the same state as one in-order delivery.
/// </summary>
public sealed class MailLinker(OutreachTable table, PersonMailUpdater updater)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task LinkAsync(UserId user, IReadOnlyList<MailMessageFacts> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var client = await table.GetClientAsync(cancellationToken);
        var book = new AddressBook(client, user);
        await book.LoadAsync(messages.SelectMany(Addresses), cancellationToken);
        var sentIndex = await LoadSentIndexAsync(client, user, messages, cancellationToken);
        var writes = new Dictionary<string, TableTransactionAction>(StringComparer.Ordinal);
        var affected = new HashSet<string>(StringComparer.Ordinal);
        var bouncesWaiting = new List<(string ReferencedId, MailMessageFacts Bounce)>();

        foreach (var message in messages)
        {
            var links = MessageLinker.Link(message, book.PeopleFor, id => sentIndex.GetValueOrDefault(id) ?? []);
            var kind = MessageClassifier.Classify(message);
            foreach (var (personId, link) in links)
            {
                Put(writes, PersonMessage(user, personId, message.Id, link));
                affected.Add(personId);
            }

            foreach (var sentId in kind == MessageKind.Sent ? MessageIds.SentKeys(message) : [])
            {
                var recipients = message.To.Concat(message.Cc).Concat(message.Bcc).SelectMany(a => book.PeopleFor(a.Address)).Distinct().ToList();
                sentIndex[sentId] = recipients;
                Put(writes, new SentIndexEntity { PartitionKey = user.PartitionKey, RowKey = MailRows.SentIndex(sentId), PersonIdsJson = JsonSerializer.Serialize(recipients, Json) });
                var waiting = bouncesWaiting.Where(b => b.ReferencedId == sentId).Select(b => b.Bounce).ToList();
                affected.UnionWith(await LinkPendingAsync(client, user, sentId, recipients, book, waiting, writes, cancellationToken));
            }

            if (kind == MessageKind.NonDelivery && links.Count == 0)
            {
                // The bounce came before the mail it reports on: keep it until that mail is linked.
                foreach (var referenced in MessageIds.BounceKeys(message))
                {
                    bouncesWaiting.Add((referenced, message));
                    Put(writes, new PendingMessageEntity
                    {
                        PartitionKey = user.PartitionKey,
                        RowKey = MailRows.PendingPrefix(referenced) + MailRows.MessageKey(message.Id),
                        FactsJson = JsonSerializer.Serialize(message, Json),
                    });
                }
            }

            foreach (var correspondent in Correspondents(message, kind).Where(a => book.PeopleFor(a.Address).Count == 0))
            {
                Put(writes, new CorrespondentEntity
                {
                    PartitionKey = user.PartitionKey,
                    RowKey = MailRows.Correspondent(correspondent.Address, message.Id),
                    Address = correspondent.Address,
                    Name = correspondent.Name,
                    When = message.When,
                });
            }
        }

        foreach (var chunk in writes.Values.Chunk(100))
        {
            await client.SubmitTransactionAsync(chunk, cancellationToken);
        }

        foreach (var personId in affected)
        {
            await updater.RefreshAsync(user, personId, cancellationToken);
        }
    }

    /// <summary>Links bounces that arrived before this sent mail: stored ones and ones from this same run.</summary>
    private static async Task<IEnumerable<string>> LinkPendingAsync(
        TableClient client, UserId user, string sentId, List<string> recipients, AddressBook book, List<MailMessageFacts> sameRun,
        Dictionary<string, TableTransactionAction> writes, CancellationToken cancellationToken)
    {
        var prefix = MailRows.PendingPrefix(sentId);
        var filter = RowKeys.Range(user, prefix);
        var bounces = sameRun.ToList();
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var pending in client.QueryAsync<PendingMessageEntity>(filter, cancellationToken: cancellationToken))
        {
            bounces.Add(JsonSerializer.Deserialize<MailMessageFacts>(pending.FactsJson, Json)!);
            stored.Add(pending.RowKey);
        }

        var linked = new List<string>();
        foreach (var bounce in bounces.DistinctBy(b => b.Id))
        {
            foreach (var (personId, link) in MessageLinker.Link(bounce, book.PeopleFor, id => id == sentId ? recipients : []))
            {
                Put(writes, PersonMessage(user, personId, bounce.Id, link));
                linked.Add(personId);
            }

            var pendingKey = prefix + MailRows.MessageKey(bounce.Id);
            writes.Remove(pendingKey);
            if (stored.Contains(pendingKey))
            {
                writes[pendingKey] = new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(user.PartitionKey, pendingKey), ETag.All);
            }
        }

        return linked;
    }

    private static async Task<Dictionary<string, IReadOnlyList<string>>> LoadSentIndexAsync(
        TableClient client, UserId user, IReadOnlyList<MailMessageFacts> messages, CancellationToken cancellationToken)
    {
        var index = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var referenced = messages.Where(m => MessageClassifier.Classify(m) == MessageKind.NonDelivery).SelectMany(MessageIds.BounceKeys).Distinct();
        foreach (var id in referenced)
        {
            var row = await client.GetEntityIfExistsAsync<SentIndexEntity>(user.PartitionKey, MailRows.SentIndex(id), cancellationToken: cancellationToken);
            if (row.HasValue)
            {
                index[id] = JsonSerializer.Deserialize<List<string>>(row.Value!.PersonIdsJson, Json) ?? [];
            }
        }

        return index;
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

    private static PersonMessageEntity PersonMessage(UserId user, string personId, string messageId, LinkedMessage link) => new()
    {
        PartitionKey = user.PartitionKey,
        RowKey = MailRows.PersonMessage(personId, messageId),
        PersonId = personId,
        LinkJson = JsonSerializer.Serialize(link, Json),
    };

    private static void Put(Dictionary<string, TableTransactionAction> writes, ITableEntity entity)
        => writes[entity.RowKey] = new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity);
}
