namespace Outreach.LinkedIn;

/// <summary>
/// One row of the archive's messages.csv as read: its line, conversation, participants by normalised profile URL,
/// and time. The subject and the text are not even read into it.
/// </summary>
/// <param name="FromName">The sender's name, repaired where it was mis-decoded; only used to find the user.</param>
public sealed record ArchiveMessage(int Line, string ConversationId, string? FromName, string From, IReadOnlyList<string> To, DateTimeOffset At);
