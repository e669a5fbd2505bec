using Outreach.Ledger;
using Outreach.Mail.Linker;
using Outreach.Mail.Rules;
using Outreach.People;

namespace Outreach.Mail.Suggestions;

/// <summary>
/// Addresses for people who have none, found among the user's correspondents by name (case, accents and
/// umlaut spellings ignored). The user accepts or rejects each; a rejected one is not offered again.
/// </summary>
public sealed class SuggestionService(OutreachTable table, PersonUpdater updater, LedgerWriter ledger)
{
    public const int PerPerson = 3;
    public const int Highlights = 5;

    /// <summary>Matches every person without an address against all correspondents; returns how many got suggestions.</summary>
    public async Task<int> RefreshAsync(UserId user, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var correspondents = await CorrespondentsAsync(client, user, cancellationToken);
        var taken = await TakenAddressesAsync(client, user, cancellationToken);
        var withSuggestions = 0;
        var highlights = new List<PersonSuggestion>();
        var filter = $"{LedgerReader.PeopleRange(user)} and {TableClient.CreateQueryFilter($"HasUsableEmail eq {false}")}";
        await foreach (var person in client.QueryAsync<PersonEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            var rejected = person.RejectedSuggestions;
            var found = SuggestionMatcher.Match(person.FirstName, person.LastName, correspondents, a => taken.Contains(a) || rejected.Any(r => r.Address == a))
                .Take(PerPerson)
                .ToList();
            withSuggestions += found.Count > 0 ? 1 : 0;
            if (found.Count > 0 && highlights.Count < Highlights)
            {
                highlights.Add(new PersonSuggestion(person.Id, person.FirstName, person.LastName, found));
            }

            if (!person.HasSameSuggestionsAs(found))
            {
                await updater.UpdateAsync(user, person.Id, null, p =>
                {
                    p.Suggestions = found;
                    return true;
                }, cancellationToken);
            }
        }

        await ledger.SaveSuggestionHighlightsAsync(user, _ => highlights, cancellationToken);
        return withSuggestions;
    }

    public async Task<PersonView> AcceptAsync(UserId user, string personId, string? address, CancellationToken cancellationToken)
        => await AfterDecisionAsync(user, personId, await updater.UpdateViewAsync(user, personId, null, p =>
        {
            var suggestion = Find(p, address);
            p.Suggestions = p.Suggestions.Where(s => s.Address != suggestion.Address).ToList();
            if (p.Emails.All(e => e.Address != suggestion.Address))
            {
                p.Emails = [.. p.Emails, new PersonEmail(suggestion.Address, PersonEmail.FromMailbox)];
            }

            return true;
        }, cancellationToken), cancellationToken);

    public async Task<PersonView> RejectAsync(UserId user, string personId, string? address, CancellationToken cancellationToken)
        => await AfterDecisionAsync(user, personId, await updater.UpdateViewAsync(user, personId, null, p =>
        {
            var suggestion = Find(p, address);
            p.Suggestions = p.Suggestions.Where(s => s.Address != suggestion.Address).ToList();
            p.RejectedSuggestions = [.. p.RejectedSuggestions, suggestion];
            return true;
        }, cancellationToken), cancellationToken);

    /// <summary>The Today view lists a few people with suggestions; a decided one leaves that list.</summary>
    private async Task<PersonView> AfterDecisionAsync(UserId user, string personId, PersonView person, CancellationToken cancellationToken)
    {
        var remaining = person.Suggestions;
        await ledger.SaveSuggestionHighlightsAsync(user, list => list
            .Select(h => h.PersonId == personId ? h with { Suggestions = remaining } : h)
            .Where(h => h.Suggestions.Count > 0)
            .ToList(), cancellationToken);
        return person;
    }

    private static AddressSuggestion Find(PersonEntity person, string? address)
    {
        var normalized = EmailAddress.Normalize(address)
            ?? throw ApiProblemException.Field("address", "address must be one of the person's suggested addresses.");
        return person.Suggestions.FirstOrDefault(s => s.Address == normalized)
            ?? throw ApiProblemException.NotFound($"{normalized} is not a suggested address of this person.");
    }

    private static async Task<List<Correspondent>> CorrespondentsAsync(TableClient client, UserId user, CancellationToken cancellationToken)
    {
        var filter = RowKeys.Range(user, MailRows.CorrespondentPrefix);
        var rows = new List<CorrespondentEntity>();
        await foreach (var row in client.QueryAsync<CorrespondentEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return [.. CorrespondentEntity.Tally(rows)];
    }

    private static async Task<HashSet<string>> TakenAddressesAsync(TableClient client, UserId user, CancellationToken cancellationToken)
    {
        var filter = RowKeys.Range(user, RowKeys.EmailPrefix);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in client.QueryAsync<EmailIndexEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            taken.Add(row.Address);
        }

        return taken;
    }
}
