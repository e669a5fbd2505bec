namespace Outreach.GraphSandbox.Mail;

/// <summary>One item of a delta page: the message as it is now, or null when it left the folder.</summary>
internal sealed record DeltaEntry(string Id, SandboxMessage? Message);

/// <summary>Delta entries and where they leave the folder's change sequence.</summary>
internal sealed record DeltaChanges(IReadOnlyList<DeltaEntry> Entries, long Sequence, int TokenGeneration);
