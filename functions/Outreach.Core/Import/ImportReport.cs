namespace Outreach.Import;

/// <summary>What an import did, row by row where it matters.</summary>
/// <param name="Format">The contact file's format; null when the upload held no contact file.</param>
/// <param name="Files">Each file of the upload (each entry of the archive): what it was read as, its rows and rejected lines.</param>
/// <param name="LinkedInWritten">People all stored LinkedIn messages count as written via LinkedIn since the plan's start (a total, not what this upload added).</param>
/// <param name="LinkedInReplies">People who answered such a message on LinkedIn (a total too).</param>
/// <param name="OutsideNetwork">Messages of this upload with nobody of the network: counted, not kept.</param>
/// <param name="LinkedInAdded">What this upload's messages added to those kept before; null when it held no messages.</param>
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
    IReadOnlyList<ImportedFile> Files,
    int LinkedInWritten = 0,
    int LinkedInReplies = 0,
    int OutsideNetwork = 0,
    LinkedIn.LinkedInAdded? LinkedInAdded = null);

public sealed record CareerChangeReport(string PersonId, string Name, Role Before, Role After);

public sealed record Role(string? Company, string? Position);

/// <summary>People with the same name but different identities: maybe one person, maybe namesakes.</summary>
public sealed record PossibleDuplicate(string Name, IReadOnlyList<string> PersonIds);
