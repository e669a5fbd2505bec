namespace Outreach.People;

/// <summary>"Last mail 2016, 3 mails": what the mailbox says about this person; Replies answer outreach mail.</summary>
public sealed record MailHistory(DateTimeOffset? First, DateTimeOffset? Last, int Sent, int Received, int Replies);
