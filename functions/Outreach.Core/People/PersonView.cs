using Outreach.Career;

namespace Outreach.People;

/// <summary>A person as the API shows them: profile, addresses, career, notes and where they stand.</summary>
public sealed record PersonView(
    string Id,
    string? FirstName,
    string? LastName,
    string? ProfileUrl,
    string? Company,
    string? Position,
    DateOnly? ConnectedOn,
    IReadOnlyList<PersonEmail> Emails,
    IReadOnlyList<CareerChange> CareerHistory,
    string Notes,
    IReadOnlyList<string> Tags,
    string Status,
    DateOnly? SnoozedUntil,
    string? WrittenOn,
    string? WrittenVia,
    DateOnly? LastContact,
    MailHistory MailHistory,
    LinkedInHistory LinkedInHistory,
    IReadOnlyList<Mail.Rules.AddressSuggestion> Suggestions,
    IReadOnlyList<SharedEmployer> SharedEmployers,
    string ETag)
{
    /// <param name="positions">The user's own positions, for the employers they share with the person.</param>
    public static PersonView From(PersonEntity person, IReadOnlyList<Position> positions) => new(
        person.Id,
        person.FirstName,
        person.LastName,
        person.ProfileUrl,
        person.Company,
        person.Position,
        person.ConnectedOnDate,
        person.Emails,
        person.CareerHistory,
        person.Notes,
        person.Tags,
        person.Status,
        person.SnoozedUntilDate,
        person.WrittenOn,
        person.WrittenVia,
        person.LastContactDate,
        new MailHistory(person.FirstMailAt, person.LastMailAt, person.MailsSent, person.MailsReceived, person.RepliesReceived),
        new LinkedInHistory(person.LinkedInFirstAt, person.LinkedInLastAt, person.LinkedInSent, person.LinkedInReceived, person.LinkedInRepliesReceived),
        person.Suggestions,
        Career.SharedEmployers.Of(person, positions),
        person.ETag.ToString());
}
