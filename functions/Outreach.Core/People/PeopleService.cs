using System.Text;
using Outreach.Ledger;
using Outreach.Text;

namespace Outreach.People;

/// <summary>Reading and editing the people of one user.</summary>
public sealed class PeopleService(OutreachTable table, LedgerReader reader, PersonUpdater updater)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    private static readonly HashSet<string> Statuses = ["open", "written", "replied", "skipped", "snoozed", "needsEmail"];

    /// <summary>How many people each filter finds: the summary's counters, one point read.</summary>
    public async Task<PeopleCounts> CountsAsync(UserId user, CancellationToken cancellationToken)
    {
        var summary = await reader.ReadSummaryAsync(user, cancellationToken);
        if (summary.Exists && !summary.CountsComplete)
        {
            var client = await table.GetClientAsync(cancellationToken);
            await CounterRecount.RecountAsync(client, summary, reader.ReadAllPeopleAsync(user, cancellationToken), cancellationToken);
        }

        return PeopleCounts.From(summary, UtcToday());
    }

    /// <summary>One person: a point read of the person and, beside it, one of the user's positions.</summary>
    public async Task<PersonView> GetAsync(UserId user, string id, CancellationToken cancellationToken)
    {
        var positions = reader.ReadPositionsAsync(user, cancellationToken);
        var person = await reader.GetPersonAsync(user, id, cancellationToken);
        return PersonView.From(person, await positions);
    }

    /// <summary>
    /// One page of people. Search matches the start of the first name, last name, full name or company,
    /// ignoring case and accents; it runs as a filter in storage, so only matches cross the wire.
    /// <paramref name="suggested"/> keeps those with (true) or without (false) addresses the mailbox suggests,
    /// so the pane can list the people whose address is one click away first.
    /// </summary>
    public async Task<PersonPage> ListAsync(
        UserId user, string? search, string? status, bool? suggested, string? cursor, int? pageSize, CancellationToken cancellationToken)
    {
        var size = pageSize ?? DefaultPageSize;
        if (size is < 1 or > MaxPageSize)
        {
            throw ApiProblemException.Field("pageSize", $"pageSize must be between 1 and {MaxPageSize}.");
        }

        if (status is not null && !Statuses.Contains(status))
        {
            throw ApiProblemException.Field("status", $"status must be one of: {string.Join(", ", Statuses)}.");
        }

        var filters = new List<string> { LedgerReader.PeopleRange(user) };
        var folded = TextFolding.Fold(search);
        if (folded.Length > 0)
        {
            var end = folded + '\uffff';
            filters.Add(TableClient.CreateQueryFilter(
                $"(FirstNameKey ge {folded} and FirstNameKey lt {end}) or (LastNameKey ge {folded} and LastNameKey lt {end}) or (FullNameKey ge {folded} and FullNameKey lt {end}) or (CompanyKey ge {folded} and CompanyKey lt {end})"));
        }

        var today = PersonEntity.FormatDate(UtcToday());
        filters.Add(status switch
        {
            null => string.Empty,
            "snoozed" => TableClient.CreateQueryFilter($"Status eq {PersonStatus.Open} and SnoozedUntil gt {today}"),
            "needsEmail" => TableClient.CreateQueryFilter($"Status eq {PersonStatus.Open} and HasUsableEmail eq {false}"),
            "open" => TableClient.CreateQueryFilter($"Status eq {PersonStatus.Open} and SnoozedUntil le {today}"),
            "replied" => TableClient.CreateQueryFilter($"RepliesReceived gt {0} or LinkedInRepliesReceived gt {0}"),
            _ => TableClient.CreateQueryFilter($"Status eq {status}"),
        });

        filters.Add(suggested is { } withSuggestions ? PersonEntity.SuggestedFilter(withSuggestions) : string.Empty);

        var filter = string.Join(" and ", filters.Where(f => f.Length > 0).Select(f => $"({f})"));
        var client = await table.GetClientAsync(cancellationToken);
        var positions = await reader.ReadPositionsAsync(user, cancellationToken);
        var pages = client.QueryAsync<PersonEntity>(filter, maxPerPage: size, cancellationToken: cancellationToken)
            .AsPages(DecodeCursor(cursor), size);
        try
        {
            await foreach (var page in pages)
            {
                return new PersonPage(page.Values.Select(p => PersonView.From(p, positions)).ToList(), EncodeCursor(page.ContinuationToken));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 400 && cursor is not null)
        {
            throw InvalidCursor();
        }

        return new PersonPage([], null);
    }

    /// <summary>The person behind an address (the pane's reading and compose views ask this).</summary>
    public async Task<PersonView> LookupAsync(UserId user, string? email, CancellationToken cancellationToken)
    {
        var address = EmailAddress.Normalize(email)
            ?? throw ApiProblemException.Field("email", "email must be an e-mail address, e.g. ?email=jane@example.com.");
        var client = await table.GetClientAsync(cancellationToken);
        var prefix = RowKeys.EmailIndexPrefix(address);
        var filter = RowKeys.Range(user, prefix);
        await foreach (var row in client.QueryAsync<EmailIndexEntity>(filter, maxPerPage: 1, cancellationToken: cancellationToken))
        {
            if (await reader.FindPersonAsync(user, row.PersonId, cancellationToken) is { } person)
            {
                return PersonView.From(person, await reader.ReadPositionsAsync(user, cancellationToken));
            }
        }

        throw ApiProblemException.NotFound($"Nobody in your network has the address {address}.");
    }

    public async Task<PersonView> PatchAsync(UserId user, string id, ETag? ifMatch, PersonPatch patch, CancellationToken cancellationToken)
    {
        var emails = patch.Emails is null ? null : NormalizeEmails(patch.Emails);
        var tags = patch.Tags is null ? null : NormalizeTags(patch.Tags);
        var errors = new Dictionary<string, string[]>();
        if (patch.Notes is { Length: > PersonPatch.MaxNotesLength })
        {
            errors["notes"] = [$"Notes may hold at most {PersonPatch.MaxNotesLength} characters."];
        }

        if (errors.Count > 0)
        {
            throw ApiProblemException.BadRequest("The change is not valid.", errors);
        }

        return await updater.UpdateViewAsync(user, id, ifMatch, p =>
        {
            if (patch.Notes is not null)
            {
                p.Notes = patch.Notes;
            }

            if (tags is not null)
            {
                p.Tags = tags;
            }

            if (emails is not null)
            {
                var known = p.Emails.ToDictionary(e => e.Address, StringComparer.Ordinal);
                p.Emails = emails.Select(a => known.GetValueOrDefault(a) ?? new PersonEmail(a, PersonEmail.FromUser)).ToList();
            }

            return true;
        }, cancellationToken);
    }

    private static List<string> NormalizeEmails(IReadOnlyList<string> raw)
    {
        if (raw.Count > PersonPatch.MaxEmails)
        {
            throw ApiProblemException.Field("emails", $"A person may have at most {PersonPatch.MaxEmails} addresses.");
        }

        if (raw.Any(a => a is null))
        {
            throw ApiProblemException.Field("emails", "emails must be a list of addresses; null is not an address.");
        }

        var result = new List<string>();
        foreach (var item in raw)
        {
            var address = EmailAddress.Normalize(item)
                ?? throw ApiProblemException.Field("emails", $"'{item}' is not an e-mail address.");
            if (!result.Contains(address))
            {
                result.Add(address);
            }
        }

        return result;
    }

    private static List<string> NormalizeTags(IReadOnlyList<string> raw)
    {
        if (raw.Any(t => t is null))
        {
            throw ApiProblemException.Field("tags", "tags must be a list of text values; null is not a tag.");
        }

        var tags = raw.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (tags.Count > PersonPatch.MaxTags || tags.Any(t => t.Length > PersonPatch.MaxTagLength))
        {
            throw ApiProblemException.Field("tags", $"At most {PersonPatch.MaxTags} tags of at most {PersonPatch.MaxTagLength} characters each.");
        }

        return tags;
    }

    /// <summary>The day snoozes are compared with, the same for the list's filters and their counts.</summary>
    private static DateOnly UtcToday() => DateOnly.FromDateTime(DateTime.UtcNow);

    private static string? EncodeCursor(string? continuation)
        => continuation is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(continuation)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// A cursor is storage's continuation token, opaque to the client. A forged one cannot reach another
    /// user's rows: every query is bound to the caller's partition.
    /// </summary>
    private static string? DecodeCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var token = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            if (token.Split(' ').Length == 2)
            {
                return token;
            }
        }
        catch (FormatException)
        {
        }

        throw InvalidCursor();
    }

    private static ApiProblemException InvalidCursor()
        => ApiProblemException.Field("cursor", "cursor is not one this API handed out; start again without it.");
}
