namespace Outreach.LinkedIn;

/// <summary>The archive's messages and whose archive it is: <paramref name="Owner"/> is the user's normalised profile URL.</summary>
public sealed record ArchiveMessages(string File, string Owner, IReadOnlyList<ArchiveMessage> Messages);
