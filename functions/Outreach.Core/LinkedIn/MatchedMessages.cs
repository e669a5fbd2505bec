namespace Outreach.LinkedIn;

/// <summary>The archive's messages of each person of the network, and how many messages involved nobody of it.</summary>
public sealed record MatchedMessages(IReadOnlyDictionary<string, List<LinkedInMessage>> ByPerson, int OutsideNetwork);
