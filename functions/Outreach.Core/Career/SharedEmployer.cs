namespace Outreach.Career;

/// <summary>A company the person worked at that the user worked at too, with the user's own period there.</summary>
public sealed record SharedEmployer(string Company, string From, string? To);
