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
    public async Task RefreshAsync(UserId user, string personId, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var prefix = MailRows.PersonMessagePrefix(personId);
        var filter = RowKeys.Range(user, prefix);
        var links = new List<LinkedMessage>();
        await foreach (var row in client.QueryAsync<PersonMessageEntity>(filter, cancellationToken: cancellationToken))
        {
            links.Add(JsonSerializer.Deserialize<LinkedMessage>(row.LinkJson, MailLinker.Json)!);
        }

        PersonMailState? state = null;
        PersonEntity person;
        try
        {
            // The plan comes with the summary the updater reads anyway, so the summary is read once.
            person = await updater.UpdateAsync(user, personId, null, (p, summary) =>
            {
                var plan = summary.PlanOrDefault(DateTimeOffset.UtcNow);

                // Years of history fill in the context, but only mail sent since the plan began counts as
                // written, and only replies to such mail wait for an answer.
                state = PersonMailDerivation.Derive(links.Select(link =>
                    link.CountedAsWritten && plan.LocalDay(link.When) < plan.StartedOn ? link with { CountedAsWritten = false } : link));
                return Apply(p, state, plan);
            }, cancellationToken);
        }
        catch (Problems.ApiProblemException ex) when (ex.Status == 404)
        {
            return; // erased meanwhile
        }

        await WriteReplyAsync(client, user, person, state!, cancellationToken);
    }

    internal static bool Apply(PersonEntity person, PersonMailState state, Plan.PlanSettings plan)
    {
        var before = (person.FirstMailAt, person.LastMailAt, person.MailsSent, person.MailsReceived, person.RepliesReceived, person.RepliedAt, person.LastContact, person.Status);
        var emailsBefore = person.Clone();
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

        return before != (person.FirstMailAt, person.LastMailAt, person.MailsSent, person.MailsReceived, person.RepliesReceived, person.RepliedAt, person.LastContact, person.Status)
            || !person.HasSameEmailsAs(emailsBefore);
    }

    private static async Task WriteReplyAsync(TableClient client, UserId user, PersonEntity person, PersonMailState state, CancellationToken cancellationToken)
    {
        var waiting = state.AwaitingAnswer.OrderByDescending(r => r.ReceivedAt).FirstOrDefault();
        if (waiting is null)
        {
            await client.DeleteEntityAsync(user.PartitionKey, MailRows.Reply(person.Id), ETag.All, cancellationToken);
            return;
        }

        await client.UpsertEntityAsync(new ReplyEntity
        {
            PartitionKey = user.PartitionKey,
            RowKey = MailRows.Reply(person.Id),
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
        }, TableUpdateMode.Replace, cancellationToken);
    }
}
