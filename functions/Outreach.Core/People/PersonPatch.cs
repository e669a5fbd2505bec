namespace Outreach.People;

/// <summary>What <c>PATCH /api/people/{id}</c> may change; a null member is left as it is.</summary>
public sealed record PersonPatch(string? Notes, IReadOnlyList<string>? Emails, IReadOnlyList<string>? Tags)
{
    public const int MaxNotesLength = 20_000;
    public const int MaxEmails = 20;
    public const int MaxTags = 50;
    public const int MaxTagLength = 60;
}
