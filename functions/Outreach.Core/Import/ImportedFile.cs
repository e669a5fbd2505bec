namespace Outreach.Import;

/// <summary>One file of an upload in the report: its name, what it was read as, its rows and rejected lines, and why it was not read when it was not.</summary>
public sealed record ImportedFile(string Name, ImportFileKind ReadAs, int Rows, IReadOnlyList<FileIssue> Rejected, string? Note = null);
