using System.Text.Json;
using Outreach.Ledger;
using Outreach.People;
using Outreach.Mail.Replies;
using Outreach.Mail.Rules;

namespace Outreach.Mail.Linker;

/// <summary>
/// Derives a person's mail state from all their linked messages and writes what follows from it: mail
/// history, written (counted once, on the local day it was sent), bounced addresses, and the reply row
/// that <c>GET /api/replies</c> lists while it waits for an answer.
/// </summary>
public sealed class PersonMailUpdater(OutreachTable table, PersonUpdater updater)
{
    /// <summary>
    /// Updates every person in <paramref name="linked"/> once: their state is derived from all their
    /// stored messages, or — when the person holds none yet — from the ones just linked, which are then
    /// all there is (they are written before this runs).
    /// </summary>
    public Task RefreshAsync(UserId user, IReadOnlyDictionary<string, Dictionary<string, LinkedMessage>> linked, CancellationToken cancellationToken)
        => RefreshAsync(user, linked, readStored: false, cancellationToken);

    /// <summary>Derives one person's mail state again from the messages stored for them (e.g. after the plan's start moved).</summary>
    public Task RefreshAsync(UserId user, string personId, CancellationToken cancellationToken)
        => RefreshAsync(user, new Dictionary<string, Dictionary<string, LinkedMessage>>(StringComparer.Ordinal) { [personId] = [] }, readStored: true, cancellationToken);

    private async Task RefreshAsync(UserId user, IReadOnlyDictionary<string, Dictionary<string, LinkedMessage>> linked, bool readStored, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var states = new Dictionary<string, PersonMailState>(StringComparer.Ordinal);
        var now = DateTimeOffset.UtcNow;
        var people = await updater.UpdateManyAsync(user, linked.Keys.ToList(), async (person, summary) =>
        {
            IReadOnlyCollection<LinkedMessage> links = person.LinkedMessages == 0 && !readStored
                ? linked[person.Id].Values
                : await ReadLinksAsync(client, user, person.Id, cancellationToken);
            var plan = summary.PlanOrDefault(now);

            // Years of history fill in the context, but only mail sent since the plan began counts as
            // written, and only replies to such mail wait for an answer.
            var state = PersonMailDerivation.Derive(links.Select(link =>
                link.CountedAsWritten && plan.LocalDay(link.When) < plan.StartedOn ? link with { CountedAsWritten = false } : link));
            states[person.Id] = state;
            var linkedMessages = links.Select(l => l.MessageId).Distinct(StringComparer.Ordinal).Count();
            var counted = person.LinkedMessages != linkedMessages;
            person.LinkedMessages = linkedMessages;
            return Apply(person, state, plan) | counted;
        }, cancellationToken);

        await WriteRepliesAsync(client, user, people.Where(p => states.ContainsKey(p.Id)).ToList(), states, cancellationToken);
    }

    private static async Task<List<LinkedMessage>> ReadLinksAsync(TableClient client, UserId user, string personId, CancellationToken cancellationToken)
    {
        var links = new List<LinkedMessage>();
        var filter = RowKeys.Range(user, MailRows.PersonMessagePrefix(personId));
        await foreach (var row in client.QueryAsync<PersonMessageEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            links.Add(JsonSerializer.Deserialize<LinkedMessage>(row.LinkJson, MailLinker.Json)!);
        }

        return links;
    }

    internal static bool Apply(PersonEntity person, PersonMailState state, Plan.PlanSettings plan)
    {
        var before = PersonChannelSnapshot.Of(person);
        person.FirstMailAt = state.FirstExchanged;
        person.LastMailAt = state.LastExchanged;
        person.MailsSent = state.SentCount;
        person.MailsReceived = state.ReceivedCount;
        person.RepliesReceived = state.Replies.Count;
        person.RepliedAt = state.Replies.Count > 0 ? state.Replies.Min(r => r.ReceivedAt) : null;
        person.LastContact = PersonEntity.FormatDate(state.LastExchanged is { } last ? DateOnly.FromDateTime(last.UtcDateTime) : null);
        if (state.BouncedAddresses.Count > 0)
        {
            person.Emails = person.Emails.Select(e => state.BouncedAddresses.Contains(e.Address) ? e with { Bounced = true } : e).ToList();
        }

        if (state.WrittenAt is { } writtenAt && person.Status != PersonStatus.Written)
        {
            PersonActions.MarkWritten(person, plan, writtenAt, PersonActions.ViaMail, state.LastExchangedBeforeWritten);
        }

        return PersonChannelSnapshot.Of(person) != before;
    }

    /// <summary>
    /// Each person's reply row as their state says: the reply rows are read in one range query, so only
    /// rows that change are written, in transactions of 100, and only rows that exist are deleted.
    /// </summary>
    private static async Task WriteRepliesAsync(TableClient client, UserId user, IReadOnlyList<PersonEntity> people, Dictionary<string, PersonMailState> states, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<string, ReplyEntity>(StringComparer.Ordinal);
        await foreach (var row in client.QueryAsync<ReplyEntity>(RowKeys.Range(user, MailRows.ReplyPrefix), maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            existing[row.RowKey] = row;
        }

        var rows = new RowBuffer(client);
        foreach (var person in people)
        {
            var state = states[person.Id];
            var key = MailRows.Reply(person.Id);
            var waiting = state.AwaitingAnswer.OrderByDescending(r => r.ReceivedAt).FirstOrDefault();
            if (waiting is null)
            {
                if (existing.ContainsKey(key))
                {
                    rows.Delete(user.PartitionKey, key, stored: true);
                }

                continue;
            }

            var reply = new ReplyEntity
            {
                PartitionKey = user.PartitionKey,
                RowKey = key,
                PersonId = person.Id,
                FirstName = person.FirstName,
                LastName = person.LastName,
                MessageId = waiting.MessageId,
                ReceivedAt = waiting.ReceivedAt,
                Subject = waiting.Subject,
                OutreachMessageId = waiting.OutreachMessageId,
                OutreachSentAt = waiting.OutreachSentAt,
                OutreachSubject = waiting.OutreachSubject,
                Waiting = state.AwaitingAnswer.Count,
            };
            if (!existing.TryGetValue(key, out var stored) || !SameReply(stored, reply))
            {
                rows.Put(reply);
            }
        }

        await rows.FlushAsync(cancellationToken);
    }

    private static bool SameReply(ReplyEntity a, ReplyEntity b)
        => (a.PersonId, a.FirstName, a.LastName, a.MessageId, a.ReceivedAt, a.Subject, a.OutreachMessageId, a.OutreachSentAt, a.OutreachSubject, a.Waiting)
            == (b.PersonId, b.FirstName, b.LastName, b.MessageId, b.ReceivedAt, b.Subject, b.OutreachMessageId, b.OutreachSentAt, b.OutreachSubject, b.Waiting);
}
