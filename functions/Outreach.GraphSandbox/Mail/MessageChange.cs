namespace Outreach.GraphSandbox.Mail;

/// <summary>What happened to a message in one folder; drives notifications and scheduled demo replies.</summary>
public sealed record MessageChange(SandboxMessage Message, string Folder, MessageChangeKind Kind);

public enum MessageChangeKind
{
    /// <summary>Created in the folder or moved into it.</summary>
    Created,

    /// <summary>Deleted, or moved out of the folder.</summary>
    Removed,
}
