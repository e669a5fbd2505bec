using System.Text.Json;
using Outreach.Ledger;
using Outreach.Mail.Linker;
using Outreach.Mail.Replies;
using Outreach.Mail.Rules;
using Outreach.People;
using Outreach.Plan;

namespace Outreach.LinkedIn;

/// <summary>
/// Derives again who counts as written, from what is stored: the mail links the linker keeps and the LinkedIn
/// messages an import keeps, under the plan as saved. No mail is read again and nothing is imported: running it
/// twice changes nothing. People change through the ledger (counters, queue and review in the same
/// transactions); LinkedIn replies waiting get their rows; when the plan's start moved, the mail replies of the
/// people whose mail state differs under the new start are derived again by the linker's own updater. Every
/// step derives from scratch, so a run that failed halfway is finished by running it again.
/// </summary>
public sealed class WrittenRefresh(OutreachTable table, LedgerReader reader, LedgerWriter writer, PersonMailUpdater mailUpdater, TimeProvider time)
{
    private const int Attempts = 5;

    /// <param name="previousStarts">
    /// The starts stored rows may still be derived under (after a change of the plan's start, or one that did not
    /// finish), so mail replies are derived again where they differ; empty when the start did not move.
    /// </param>
    /// <param name="upload">
    /// The LinkedIn messages an import has just kept, with the ones it added (to tell what it changed); null reads
    /// them from storage.
    /// </param>
    public async Task<LinkedInCounts> RefreshAsync(
        UserId user, IReadOnlyCollection<DateOnly> previousStarts, LinkedInUpload? upload, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        // Every person's mail links at once: the range of MailRows.PersonMessagePrefix over all people.
        var mailLinks = await ReadGroupedAsync<PersonMessageEntity, LinkedMessage>(
            client, user, "m|", row => (row.PersonId, JsonSerializer.Deserialize<LinkedMessage>(row.LinkJson, MailLinker.Json)!), cancellationToken);
        var linkedIn = upload?.Messages ?? await ReadLinkedInAsync(client, user, cancellationToken);
        var addedMessages = upload?.Added;

        for (var attempt = 1; ; attempt++)
        {
            var summary = await reader.ReadSummaryAsync(user, cancellationToken);
            var plan = summary.PlanOrDefault(time.GetUtcNow());
            var changes = new List<PersonChange>();
            var states = new Dictionary<string, (PersonEntity Person, LinkedInState State)>(StringComparer.Ordinal);
            var (addedWritten, addedReplies) = (0, 0);
            await foreach (var person in reader.ReadAllPeopleAsync(user, cancellationToken))
            {
                var links = mailLinks.GetValueOrDefault(person.Id) ?? [];
                var messages = linkedIn.GetValueOrDefault(person.Id) ?? [];
                var state = LinkedInDerivation.Derive(messages, plan.StartedOn, plan.LocalDay);
                var after = person.Clone();
                if (ChannelWritten.Apply(after, plan, MailState(links, plan), MailTimes(links), state))
                {
                    after.UpdatedAt = time.GetUtcNow();
                    changes.Add(new PersonChange(person, after));
                }

                if (messages.Count > 0)
                {
                    states[person.Id] = (after, state);
                }

                if (addedMessages is { Count: > 0 } && messages.Any(m => addedMessages.Contains(LinkedInRows.Message(person.Id, m.Key))))
                {
                    var before = LinkedInDerivation.Derive(
                        messages.Where(m => !addedMessages.Contains(LinkedInRows.Message(person.Id, m.Key))), plan.StartedOn, plan.LocalDay);
                    addedWritten += before.WrittenAt is null && state.WrittenAt is not null ? 1 : 0;
                    addedReplies += state.Replies.Select(r => r.Key).Except(before.Replies.Select(r => r.Key), StringComparer.Ordinal).Count();
                }
            }

            try
            {
                await writer.CommitAsync(user, summary, changes, cancellationToken);
            }
            catch (ConcurrentChangeException) when (attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
                continue;
            }

            await WriteRepliesAsync(client, user, states, cancellationToken);
            foreach (var (personId, links) in previousStarts.Count > 0 ? mailLinks : [])
            {
                var state = MailState(links, plan);
                if (previousStarts.Any(start => !MailState(links, plan with { StartedOn = start }).Equals(state)))
                {
                    await mailUpdater.RefreshAsync(user, personId, cancellationToken);
                }
            }

            return new LinkedInCounts(
                states.Values.Count(s => s.State.WrittenAt is not null), states.Values.Count(s => s.State.Replies.Count > 0), addedWritten, addedReplies);
        }
    }

    /// <summary>As the linker derives it: only mail sent since the plan's start counts as written.</summary>
    private static PersonMailState MailState(IEnumerable<LinkedMessage> links, PlanSettings plan)
        => PersonMailDerivation.Derive(links.Select(link =>
            link.CountedAsWritten && plan.LocalDay(link.When) < plan.StartedOn ? link with { CountedAsWritten = false } : link));

    private static IEnumerable<DateTimeOffset> MailTimes(IEnumerable<LinkedMessage> links)
        => links.Where(l => l.Kind == MessageKind.Sent || (l.Kind == MessageKind.Received && l.IsFromPerson)).Select(l => l.When);

    /// <summary>One row per person with a LinkedIn reply waiting; rows of replies answered since are removed.</summary>
    private static async Task WriteRepliesAsync(
        TableClient client, UserId user, Dictionary<string, (PersonEntity Person, LinkedInState State)> states, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in client.QueryAsync<TableEntity>(RowKeys.Range(user, LinkedInRows.ReplyPrefix), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            existing.Add(row.RowKey);
        }

        var actions = new List<TableTransactionAction>();
        foreach (var (personId, (person, state)) in states)
        {
            var key = LinkedInRows.Reply(personId);
            if (state.AwaitingAnswer.Count > 0 && state.AwaitingAnswer[^1] is var waiting)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new ReplyEntity
                {
                    PartitionKey = user.PartitionKey,
                    RowKey = key,
                    PersonId = personId,
                    FirstName = person.FirstName,
                    LastName = person.LastName,
                    MessageId = LinkedInRows.MessageId(waiting.Key),
                    ReceivedAt = waiting.ReceivedAt,
                    OutreachMessageId = LinkedInRows.MessageId(waiting.AnsweredKey),
                    OutreachSentAt = waiting.AnsweredAt,
                    Waiting = state.AwaitingAnswer.Count,
                    Channel = ReplyView.LinkedInChannel,
                }));
            }
            else if (existing.Contains(key))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(user.PartitionKey, key), ETag.All));
            }
        }

        foreach (var chunk in actions.Chunk(TableLimits.MaxTransactionActions))
        {
            await client.SubmitTransactionAsync(chunk, cancellationToken);
        }
    }

    /// <summary>Every person's LinkedIn messages at once: one range read of <see cref="LinkedInRows.MessagesPrefix"/>.</summary>
    public static Task<Dictionary<string, List<LinkedInMessage>>> ReadLinkedInAsync(TableClient client, UserId user, CancellationToken cancellationToken)
        => ReadGroupedAsync<LinkedInMessageEntity, LinkedInMessage>(
            client, user, LinkedInRows.MessagesPrefix, row => (row.PersonId, row.ToMessage()), cancellationToken);

    private static async Task<Dictionary<string, List<TValue>>> ReadGroupedAsync<TRow, TValue>(
        TableClient client, UserId user, string prefix, Func<TRow, (string PersonId, TValue Value)> read, CancellationToken cancellationToken)
        where TRow : class, ITableEntity
    {
        var grouped = new Dictionary<string, List<TValue>>(StringComparer.Ordinal);
        await foreach (var row in client.QueryAsync<TRow>(RowKeys.Range(user, prefix), maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            var (personId, value) = read(row);
            if (!grouped.TryGetValue(personId, out var list))
            {
                grouped[personId] = list = [];
            }

            list.Add(value);
        }

        return grouped;
    }
}
