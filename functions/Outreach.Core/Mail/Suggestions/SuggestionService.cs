using System.Text.Json;
using Azure.Data.Tables;
using Outreach.Auth;
using Outreach.Ledger;
using Outreach.Mail.Linker;
using Outreach.Mail.Rules;
using Outreach.People;
using Outreach.Problems;
using Outreach.Storage;

namespace Outreach.Mail.Suggestions;

/// <summary>
/// Addresses for people who have none, found among the user's correspondents by name (case, accents and
/// umlaut spellings ignored). The user accepts or rejects each; a rejected one is not offered again.
/// </summary>
public sealed class SuggestionService(OutreachTable table, PersonUpdater updater)
{
    public const int PerPerson = 3;
    public const int Highlights = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

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
            var rejected = Read(person.RejectedSuggestionsJson);
            var found = SuggestionMatcher.Match(person.FirstName, person.LastName, correspondents, a => taken.Contains(a) || rejected.Any(r => r.Address == a))
                .Take(PerPerson)
                .ToList();
            var json = JsonSerializer.Serialize(found, Json);
            withSuggestions += found.Count > 0 ? 1 : 0;
            if (found.Count > 0 && highlights.Count < Highlights)
            {
                highlights.Add(new PersonSuggestion(person.Id, person.FirstName, person.LastName, found));
            }

            if (json != person.SuggestionsJson)
            {
                await updater.UpdateAsync(user, person.Id, null, p =>
                {
                    p.SuggestionsJson = json;
                    return true;
                }, cancellationToken);
            }
        }

        await SaveHighlightsAsync(client, user, _ => highlights, cancellationToken);
        return withSuggestions;
    }

    public async Task<PersonView> AcceptAsync(UserId user, string personId, string? address, CancellationToken cancellationToken)
        => await AfterDecisionAsync(user, personId, await updater.UpdateAsync(user, personId, null, p =>
        {
            var suggestion = Find(p, address);
            p.SuggestionsJson = JsonSerializer.Serialize(Read(p.SuggestionsJson).Where(s => s.Address != suggestion.Address), Json);
            if (p.Emails.All(e => e.Address != suggestion.Address))
            {
                p.Emails = [.. p.Emails, new PersonEmail(suggestion.Address, PersonEmail.FromMailbox)];
            }

            return true;
        }, cancellationToken), cancellationToken);

    public async Task<PersonView> RejectAsync(UserId user, string personId, string? address, CancellationToken cancellationToken)
        => await AfterDecisionAsync(user, personId, await updater.UpdateAsync(user, personId, null, p =>
        {
            var suggestion = Find(p, address);
            p.SuggestionsJson = JsonSerializer.Serialize(Read(p.SuggestionsJson).Where(s => s.Address != suggestion.Address), Json);
            p.RejectedSuggestionsJson = JsonSerializer.Serialize(Read(p.RejectedSuggestionsJson).Append(suggestion), Json);
            return true;
        }, cancellationToken), cancellationToken);

    /// <summary>The Today view lists a few people with suggestions; a decided one leaves that list.</summary>
    private async Task<PersonView> AfterDecisionAsync(UserId user, string personId, PersonEntity person, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var remaining = Read(person.SuggestionsJson);
        await SaveHighlightsAsync(client, user, list => list
            .Select(h => h.PersonId == personId ? h with { Suggestions = remaining } : h)
            .Where(h => h.Suggestions.Count > 0)
            .ToList(), cancellationToken);
        return PersonView.From(person);
    }

    private static async Task SaveHighlightsAsync(TableClient client, UserId user, Func<List<PersonSuggestion>, List<PersonSuggestion>> change, CancellationToken cancellationToken)
    {
        var summary = await client.GetEntityIfExistsAsync<TableEntity>(user.PartitionKey, RowKeys.Summary, select: [nameof(SummaryEntity.SuggestionsJson)], cancellationToken: cancellationToken);
        var current = summary.HasValue && summary.Value!.GetString(nameof(SummaryEntity.SuggestionsJson)) is { } json
            ? JsonSerializer.Deserialize<List<PersonSuggestion>>(json, Json) ?? []
            : [];
        var entity = new TableEntity(user.PartitionKey, RowKeys.Summary) { [nameof(SummaryEntity.SuggestionsJson)] = JsonSerializer.Serialize(change(current), Json) };
        await client.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    public static IReadOnlyList<PersonSuggestion> ReadHighlights(string json)
        => JsonSerializer.Deserialize<List<PersonSuggestion>>(json, Json) ?? [];

    public static IReadOnlyList<AddressSuggestion> Read(string json)
        => JsonSerializer.Deserialize<List<AddressSuggestion>>(json, Json) ?? [];

    private static AddressSuggestion Find(PersonEntity person, string? address)
    {
        var normalized = Import.EmailAddress.Normalize(address)
            ?? throw ApiProblemException.Field("address", "address must be one of the person's suggested addresses.");
        return Read(person.SuggestionsJson).FirstOrDefault(s => s.Address == normalized)
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

        return rows.GroupBy(r => r.Address, StringComparer.Ordinal)
            .Select(g => new Correspondent(g.Key, g.Select(r => r.Name).OfType<string>().Distinct().ToList(), g.Count()))
            .ToList();
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

/// <summary>A person without an address and the addresses the mailbox suggests.</summary>
public sealed record PersonSuggestion(string PersonId, string? FirstName, string? LastName, IReadOnlyList<AddressSuggestion> Suggestions);
