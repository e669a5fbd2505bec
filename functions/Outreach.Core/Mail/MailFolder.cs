namespace Outreach.Mail;

/// <summary>The two folders Outreach follows, by their Graph well-known names.</summary>
public static class MailFolder
{
    public const string Inbox = "inbox";
    public const string SentItems = "sentitems";

    public static readonly IReadOnlyList<string> Followed = [Inbox, SentItems];
}
