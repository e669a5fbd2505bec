namespace Outreach.LinkedIn;

/// <summary>
/// What an upload leaves kept: every LinkedIn message by person, as the one range read before its writes found
/// them plus what it wrote, and the row keys of the messages it added.
/// </summary>
public sealed record LinkedInUpload(IReadOnlyDictionary<string, List<LinkedInMessage>> Messages, IReadOnlySet<string> Added);
