namespace Outreach.GraphSandbox.Mail;

/// <summary>The folders every sandbox mailbox has, by Graph's well-known names.</summary>
public static class SandboxFolders
{
    public const string Inbox = "inbox";
    public const string SentItems = "sentitems";
    public const string DeletedItems = "deleteditems";
    public const string Archive = "archive";

    public static readonly IReadOnlyList<string> All = [Inbox, SentItems, DeletedItems, Archive];

    /// <summary>The well-known name for a name in any case, or null when it is not one.</summary>
    public static string? WellKnown(string name)
        => All.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
}
