namespace Outreach.Plan;

/// <summary>What the queue order of one person depends on.</summary>
/// <param name="PersonId">The person's id (lowercase hex); breaks ties so every key is unique.</param>
/// <param name="LastContact">The last mail exchanged either way; null when there never was one.</param>
public sealed record OrderFacts(
    string PersonId,
    string? LastName,
    string? FirstName,
    DateOnly? ConnectedOn,
    DateOnly? LastContact);
