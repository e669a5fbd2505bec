namespace Outreach.Mail.Rules;

/// <summary>One Outreach person taking part in one message, and which way that message went.</summary>
public readonly record struct PersonInvolvement(string PersonId, MailDirection Direction);
