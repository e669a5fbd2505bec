namespace Outreach.People;

/// <summary>A move seen between two imports: company and position before and after, and when it was seen.</summary>
public sealed record CareerChange(DateOnly SeenOn, string? FromCompany, string? FromPosition, string? ToCompany, string? ToPosition);
