namespace Outreach.LinkedIn;

/// <summary>
/// What an import of messages.csv left: people written via LinkedIn and people who answered there (all stored
/// messages counted), messages of the upload outside the network, and what this upload added.
/// </summary>
public sealed record LinkedInImport(int Written, int Replies, int OutsideNetwork, LinkedInAdded Added);
