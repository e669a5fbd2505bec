namespace Outreach.Mail.Rules;

/// <summary>An address seen in the mailbox, the display names it went by (most used first), and in how many mails.</summary>
public sealed record Correspondent(string Address, IReadOnlyList<string> Names, int Count);
