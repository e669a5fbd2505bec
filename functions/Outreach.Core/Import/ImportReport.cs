namespace Outreach.Import;

/// <summary>What an import did, row by row where it matters.</summary>
public sealed record ImportReport(
    ContactFileFormat Format,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    int Duplicates,
    IReadOnlyList<CareerChangeReport> CareerChanges,
    IReadOnlyList<ImportIssue> Rejected,
    IReadOnlyList<ImportIssue> Warnings,
    IReadOnlyList<PossibleDuplicate> PossibleDuplicates);

public sealed record CareerChangeReport(string PersonId, string Name, Role Before, Role After);

public sealed record Role(string? Company, string? Position);

/// <summary>People with the same name but different identities: maybe one person, maybe namesakes.</summary>
public sealed record PossibleDuplicate(string Name, IReadOnlyList<string> PersonIds);
