namespace Outreach.People;

/// <summary>"Last mail 2016, 3 mails": what the mailbox says about this person.</summary>
public sealed record MailHistory(DateTimeOffset? First, DateTimeOffset? Last, int Sent, int Received);
