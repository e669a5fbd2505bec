namespace Outreach.Mail.Linking;

/// <summary>One Outreach person taking part in one message, and which way that message went.</summary>
public readonly record struct PersonInvolvement(string PersonId, MailDirection Direction);
