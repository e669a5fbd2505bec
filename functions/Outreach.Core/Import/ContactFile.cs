namespace Outreach.Import;

/// <summary>What a contact file holds, before anything is stored.</summary>
public sealed record ContactFile(
    ContactFileFormat Format,
    IReadOnlyList<ContactRow> Rows,
    IReadOnlyList<ImportIssue> Rejected,
    IReadOnlyList<ImportIssue> Warnings);
