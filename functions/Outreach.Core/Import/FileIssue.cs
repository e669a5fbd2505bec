namespace Outreach.Import;

/// <summary>A rejected record of one file of an upload: the file, the physical line where the record starts, and why.</summary>
public sealed record FileIssue(string File, int Line, string Reason);
