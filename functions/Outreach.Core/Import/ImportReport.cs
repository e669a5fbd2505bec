namespace Outreach.Import;

/// <summary>What an import did, row by row where it matters.</summary>
/// <param name="Format">The contact file's format; null when the upload held no contact file.</param>
/// <param name="Files">Each file of the upload (each entry of the archive): what it was read as, its rows and rejected lines.</param>
public sealed record ImportReport(
    ContactFileFormat? Format,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    int Duplicates,
    IReadOnlyList<CareerChangeReport> CareerChanges,
    IReadOnlyList<ImportIssue> Rejected,
    IReadOnlyList<ImportIssue> Warnings,
    IReadOnlyList<PossibleDuplicate> PossibleDuplicates,
    IReadOnlyList<ImportedFile> Files);

public sealed record CareerChangeReport(string PersonId, string Name, Role Before, Role After);

public sealed record Role(string? Company, string? Position);

/// <summary>People with the same name but different identities: maybe one person, maybe namesakes.</summary>
public sealed record PossibleDuplicate(string Name, IReadOnlyList<string> PersonIds);
