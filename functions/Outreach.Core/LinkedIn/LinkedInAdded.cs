namespace Outreach.LinkedIn;

/// <summary>What one upload of messages.csv added to the messages kept before it.</summary>
/// <param name="Messages">Messages with people of the network that were not kept yet.</param>
/// <param name="Written">People who count as written via LinkedIn because of them, and did not before.</param>
/// <param name="Replies">Replies on LinkedIn that are new (a new message, or an old one that answers a new one).</param>
public sealed record LinkedInAdded(int Messages, int Written, int Replies);
