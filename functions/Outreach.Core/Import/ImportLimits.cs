using Outreach.People;

namespace Outreach.Import;

/// <summary>
/// What one row may hold. Far above any real export (LinkedIn caps names, companies and positions at
/// 100 characters or fewer), and low enough that no merged person can reach a storage limit.
/// </summary>
public static class ImportLimits
{
    /// <summary>Longest value of a name, company, position, URL or date cell.</summary>
    public const int MaxFieldLength = 500;

    /// <summary>Addresses one person may have, from one row or gathered over imports (as in a PATCH).</summary>
    public const int MaxEmailsPerPerson = PersonPatch.MaxEmails;

    /// <summary>Longest address cell: every address at its longest legal length, with separators.</summary>
    public const int MaxEmailCellLength = MaxEmailsPerPerson * 260;
}
