namespace Outreach.Import;

/// <summary>A problem with one record of a contact file: the physical line where it starts and why.</summary>
public sealed record ImportIssue(int Line, string Reason);
