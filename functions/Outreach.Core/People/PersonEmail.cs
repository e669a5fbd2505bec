namespace Outreach.People;

/// <summary>One address of a person. Where it came from matters: the user trusts their own entries most.</summary>
public sealed record PersonEmail(string Address, string Source, bool Bounced = false)
{
    public const string FromImport = "import";
    public const string FromUser = "user";
    public const string FromMailbox = "mailbox";
}
