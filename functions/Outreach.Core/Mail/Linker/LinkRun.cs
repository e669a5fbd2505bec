using System.Text.Json;
using Outreach.Mail.Rules;

namespace Outreach.Mail.Linker;

/// <summary>
/// What one linker run (a delta sync of both folders, or one round of notified messages) keeps between
/// its pages: who is behind each address, sent mail by Message-ID, bounces waiting for their original,
/// the rows still to be written, and every link made per person, so each person is updated once at the
/// end of the run instead of once per page.
/// </summary>
public sealed class LinkRun
{
    private readonly Dictionary<string, IReadOnlyList<string>?> _sentIndex = new(StringComparer.Ordinal);
    private Dictionary<string, List<PendingBounce>>? _pending;

    internal LinkRun(UserId user, TableClient client)
    {
        User = user;
        Client = client;
        Book = new AddressBook(client, user);
        Rows = new RowBuffer(client);
    }

    public UserId User { get; }

    internal TableClient Client { get; }

    internal AddressBook Book { get; }

    internal RowBuffer Rows { get; }

    /// <summary>Addresses outside the network this run exchanged mail with: one row per address at the end of the run.</summary>
    internal RunCorrespondents Correspondents { get; } = new();

    /// <summary>Person id → message id → what the person keeps of it, for everything linked in this run.</summary>
    internal Dictionary<string, Dictionary<string, LinkedMessage>> Links { get; } = new(StringComparer.Ordinal);

    internal void Link(string personId, LinkedMessage link)
    {
        if (!Links.TryGetValue(personId, out var messages))
        {
            Links[personId] = messages = new Dictionary<string, LinkedMessage>(StringComparer.Ordinal);
        }

        messages[link.MessageId] = link;
        Rows.Put(new PersonMessageEntity
        {
            PartitionKey = User.PartitionKey,
            RowKey = MailRows.PersonMessage(personId, link.MessageId),
            PersonId = personId,
            LinkJson = JsonSerializer.Serialize(link, MailLinker.Json),
        });
    }

    internal IReadOnlyList<string> PeopleBySentId(string internetMessageId) => _sentIndex.GetValueOrDefault(internetMessageId) ?? [];

    internal void AddSent(string internetMessageId, IReadOnlyList<string> people)
    {
        _sentIndex[internetMessageId] = people;
        Rows.Put(new SentIndexEntity
        {
            PartitionKey = User.PartitionKey,
            RowKey = MailRows.SentIndex(internetMessageId),
            PersonIdsJson = JsonSerializer.Serialize(people, MailLinker.Json),
        });
    }

    /// <summary>Reads the sent mail these ids name, each id once per run (bounces are few; their originals are point reads).</summary>
    internal async Task LoadSentAsync(IEnumerable<string> internetMessageIds, CancellationToken cancellationToken)
    {
        foreach (var id in internetMessageIds.Where(id => !_sentIndex.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList())
        {
            var row = await Client.GetEntityIfExistsAsync<SentIndexEntity>(User.PartitionKey, MailRows.SentIndex(id), cancellationToken: cancellationToken);
            _sentIndex[id] = row.HasValue ? JsonSerializer.Deserialize<List<string>>(row.Value!.PersonIdsJson, MailLinker.Json) ?? [] : null;
        }
    }

    /// <summary>Bounces stored before this run that still wait for their original: one range query per run.</summary>
    internal async Task LoadPendingAsync(CancellationToken cancellationToken)
    {
        if (_pending is not null)
        {
            return;
        }

        _pending = new Dictionary<string, List<PendingBounce>>(StringComparer.Ordinal);
        await foreach (var row in Client.QueryAsync<PendingMessageEntity>(RowKeys.Range(User, "u|"), maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            var facts = JsonSerializer.Deserialize<MailMessageFacts>(row.FactsJson, MailLinker.Json)!;
            PendingFor(row.RowKey[..(row.RowKey.LastIndexOf('|') + 1)]).Add(new PendingBounce(row.RowKey, facts, Stored: true));
        }
    }

    internal void AddPending(string referencedId, MailMessageFacts bounce)
    {
        var prefix = MailRows.PendingPrefix(referencedId);
        var key = prefix + MailRows.MessageKey(bounce.Id);
        PendingFor(prefix).Add(new PendingBounce(key, bounce, Stored: false));
        Rows.Put(new PendingMessageEntity { PartitionKey = User.PartitionKey, RowKey = key, FactsJson = JsonSerializer.Serialize(bounce, MailLinker.Json) });
    }

    /// <summary>Takes the bounces waiting for the sent mail <paramref name="sentId"/>; their rows go.</summary>
    internal IReadOnlyList<MailMessageFacts> TakePending(string sentId)
    {
        var prefix = MailRows.PendingPrefix(sentId);
        if (_pending is null || !_pending.Remove(prefix, out var bounces))
        {
            return [];
        }

        foreach (var row in bounces.GroupBy(b => b.RowKey, StringComparer.Ordinal))
        {
            // Stored before the run, or written by it unless it still waits in the buffer.
            var stored = row.Any(b => b.Stored) || !Rows.IsWaiting(row.Key);
            Rows.Delete(User.PartitionKey, row.Key, stored);
        }

        return bounces.Select(b => b.Facts).DistinctBy(b => b.Id).ToList();
    }

    private List<PendingBounce> PendingFor(string prefix)
    {
        _pending ??= new Dictionary<string, List<PendingBounce>>(StringComparer.Ordinal);
        if (!_pending.TryGetValue(prefix, out var list))
        {
            _pending[prefix] = list = [];
        }

        return list;
    }

    private sealed record PendingBounce(string RowKey, MailMessageFacts Facts, bool Stored);
}
