namespace Outreach.Mail;

/// <summary>A participant of a mail: normalised address (trimmed, lower case) and the display name, if any.</summary>
public sealed record MailAddress(string Address, string? Name);
