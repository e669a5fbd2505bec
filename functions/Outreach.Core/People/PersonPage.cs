namespace Outreach.People;

/// <summary>One page of people; pass <see cref="Cursor"/> back for the next one (null at the end).</summary>
public sealed record PersonPage(IReadOnlyList<PersonView> Items, string? Cursor);
