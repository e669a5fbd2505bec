namespace Outreach.Career;

/// <summary>One station of the user's own career, as Positions.csv gives it: months as <c>YYYY-MM</c>, <c>To</c> null for now.</summary>
public sealed record Position(string Company, string? Title, string From, string? To);
