namespace Outreach.LinkedIn;

/// <summary>What an import of messages.csv did: people written via LinkedIn, people who answered there, messages outside the network.</summary>
public sealed record LinkedInImport(int Written, int Replies, int OutsideNetwork);
