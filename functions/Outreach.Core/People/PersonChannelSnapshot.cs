namespace Outreach.People;

/// <summary>
/// What the channels derive on a person — mail history and bounced addresses, LinkedIn history, and the
/// written verdict with the snooze it ends — as one value, so the mail linker and the LinkedIn derivation
/// tell alike whether a derivation changed the person (and so whether the person needs writing).
/// </summary>
public readonly record struct PersonChannelSnapshot(
    DateTimeOffset? FirstMailAt,
    DateTimeOffset? LastMailAt,
    int MailsSent,
    int MailsReceived,
    int RepliesReceived,
    DateTimeOffset? RepliedAt,
    string? LastContact,
    string EmailsJson,
    DateTimeOffset? LinkedInFirstAt,
    DateTimeOffset? LinkedInLastAt,
    int LinkedInSent,
    int LinkedInReceived,
    int LinkedInRepliesReceived,
    DateTimeOffset? LinkedInRepliedAt,
    string Status,
    string SnoozedUntil,
    string? WrittenOn,
    DateTimeOffset? WrittenAt,
    string? WrittenVia,
    DateTimeOffset? ContactBeforeWritten)
{
    public static PersonChannelSnapshot Of(PersonEntity p)
        => new(
            p.FirstMailAt, p.LastMailAt, p.MailsSent, p.MailsReceived, p.RepliesReceived, p.RepliedAt, p.LastContact, p.EmailsJson,
            p.LinkedInFirstAt, p.LinkedInLastAt, p.LinkedInSent, p.LinkedInReceived, p.LinkedInRepliesReceived, p.LinkedInRepliedAt,
            p.Status, p.SnoozedUntil, p.WrittenOn, p.WrittenAt, p.WrittenVia, p.ContactBeforeWritten);
}
