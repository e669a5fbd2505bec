using Outreach.Ledger;
using Outreach.People;

namespace Outreach.Import;

/// <summary>Matches the rows of one file to existing people and works out each person's change.</summary>
internal sealed class ImportMerge
{
    private readonly UserId _user;
    private readonly DateOnly _today;
    private readonly DateTimeOffset _now;
    private readonly Dictionary<string, PersonEntity> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonEntity> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonEntity?> _before = new(StringComparer.Ordinal);
    private readonly List<CareerChangeReport> _careerChanges = [];
    private readonly List<ImportIssue> _rejected = [];
    private int _duplicates;

    public ImportMerge(UserId user, IEnumerable<PersonEntity> existing, DateOnly today, DateTimeOffset now)
    {
        _user = user;
        _today = today;
        _now = now;
        foreach (var person in existing)
        {
            Index(person);
        }
    }

    public IReadOnlyList<PersonChange> Changes
        => _before.Select(entry => (entry.Value, After: _byId[entry.Key]))
            .Where(c => c.Value is null || IsChanged(c.Value, c.After))
            .Select(c => new PersonChange(c.Value, c.After))
            .ToList();

    /// <summary>Merges the row into its person, or rejects it whole when the merged person would exceed a limit.</summary>
    public void Apply(ContactRow row)
    {
        var person = Match(row);

        // Tried on a copy first: a rejected row must leave its person exactly as it was.
        var candidate = person?.Clone() ?? PersonEntity.Create(_user.PartitionKey, NewId(row), row.IdentityKey, _now);
        MergeInto(candidate, row);
        if (Violation(candidate) is { } reason)
        {
            _rejected.Add(new ImportIssue(row.Line, reason));
            return;
        }

        if (person is null)
        {
            person = candidate;
            _before[person.Id] = null;
            _byId[person.Id] = person;
        }
        else if (_before.ContainsKey(person.Id))
        {
            _duplicates++;
        }
        else
        {
            _before[person.Id] = person.Clone();
        }

        if (MergeInto(person, row) is { } careerChange)
        {
            _careerChanges.Add(careerChange);
        }

        Index(person);
    }

    public ImportReport Report(ContactFile file)
    {
        var touched = _before.Keys.ToHashSet(StringComparer.Ordinal);
        var created = _before.Count(e => e.Value is null);
        var updated = _before.Count(e => e.Value is not null && IsChanged(e.Value, _byId[e.Key]));
        var possibleDuplicates = _byId.Values
            .Where(p => p.FullNameKey.Length > 0)
            .GroupBy(p => p.FullNameKey, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && g.Any(p => touched.Contains(p.Id)))
            .Select(g => new PossibleDuplicate(DisplayName(g.First()), g.Select(p => p.Id).Order(StringComparer.Ordinal).ToList()))
            .ToList();
        return new ImportReport(
            file.Format,
            file.Rows.Count - _rejected.Count,
            created,
            updated,
            _before.Count - created - updated,
            _duplicates,
            _careerChanges,
            [.. file.Rejected.Concat(_rejected).OrderBy(r => r.Line)],
            file.Warnings,
            possibleDuplicates,
            []);
    }

    private PersonEntity? Match(ContactRow row)
    {
        if (row.ProfileUrl is not null && _byKey.TryGetValue("url:" + row.ProfileUrl, out var byUrl))
        {
            return byUrl;
        }

        foreach (var email in row.Emails)
        {
            if (_byKey.TryGetValue("email:" + email, out var byEmail))
            {
                return byEmail;
            }
        }

        // A bare name matches only a person who was known by that name alone, never one with a profile.
        return row.ProfileUrl is null && _byKey.TryGetValue(row.IdentityKey, out var byName) ? byName : null;
    }

    private void Index(PersonEntity person)
    {
        _byId[person.Id] = person;
        if (person.ProfileUrl is not null)
        {
            _byKey["url:" + person.ProfileUrl] = person;
        }

        foreach (var email in person.Emails)
        {
            _byKey.TryAdd("email:" + email.Address, person);
        }

        if (person.IdentityKey.StartsWith("name:", StringComparison.Ordinal))
        {
            _byKey.TryAdd(person.IdentityKey, person);
        }
    }

    private string NewId(ContactRow row)
    {
        var id = RowKeys.Hash(row.IdentityKey, 12);
        for (var n = 2; _byId.ContainsKey(id); n++)
        {
            // The key once named someone else (their address was edited away): keep both.
            id = RowKeys.Hash($"{row.IdentityKey}#{n}", 12);
        }

        return id;
    }

    private static string? Violation(PersonEntity person)
    {
        var addresses = person.Emails.Count;
        if (addresses > ImportLimits.MaxEmailsPerPerson)
        {
            return $"With this row, {DisplayName(person)} would have {addresses} e-mail addresses; a person may have at most {ImportLimits.MaxEmailsPerPerson}. Remove some of their addresses first, then import the file again.";
        }

        return TableLimits.Violation(person) is { } storage
            ? $"With this row, {DisplayName(person)}'s record would be too large to store: {storage}"
            : null;
    }

    /// <returns>The career move the row shows, if any.</returns>
    private CareerChangeReport? MergeInto(PersonEntity person, ContactRow row)
    {
        CareerChangeReport? move = null;
        person.FirstName = row.FirstName ?? person.FirstName;
        person.LastName = row.LastName ?? person.LastName;
        person.ProfileUrl = row.ProfileUrl ?? person.ProfileUrl;
        person.ConnectedOn = PersonEntity.FormatDate(row.ConnectedOn) ?? person.ConnectedOn;

        if (row.Company is not null || row.Position is not null)
        {
            var hadRole = person.Company is not null || person.Position is not null;
            if (hadRole && (!Same(person.Company, row.Company) || !Same(person.Position, row.Position)))
            {
                CareerHistoryLimit.Append(person, new CareerChange(_today, person.Company, person.Position, row.Company, row.Position));
                move = new CareerChangeReport(person.Id, DisplayName(person), new Role(person.Company, person.Position), new Role(row.Company, row.Position));
            }

            person.Company = row.Company;
            person.Position = row.Position;
        }

        var emails = person.Emails;
        var added = row.Emails.Where(a => emails.All(e => e.Address != a)).ToList();
        if (added.Count > 0)
        {
            person.Emails = [.. emails, .. added.Select(a => new PersonEmail(a, PersonEmail.FromImport))];
        }

        person.RefreshSearchKeys();
        person.UpdatedAt = _now;
        return move;
    }

    private static bool IsChanged(PersonEntity a, PersonEntity b)
        => a.FirstName != b.FirstName || a.LastName != b.LastName || a.ProfileUrl != b.ProfileUrl
            || a.Company != b.Company || a.Position != b.Position || a.ConnectedOn != b.ConnectedOn
            || !a.HasSameEmailsAs(b) || !a.HasSameCareerHistoryAs(b);

    private static bool Same(string? a, string? b) => string.Equals(a ?? string.Empty, b ?? string.Empty, StringComparison.Ordinal);

    private static string DisplayName(PersonEntity person) => $"{person.FirstName} {person.LastName}".Trim();
}
