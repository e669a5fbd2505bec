using Outreach.People;
using Outreach.Text;

namespace Outreach.Import;

/// <summary>One person as a contact file describes them. Strings are trimmed; empty ones are null.</summary>
public sealed record ContactRow
{
    /// <summary>The 1-based physical line where the record starts, so users can find it in an editor.</summary>
    public required int Line { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    /// <summary>The profile URL in <see cref="ProfileUrl.Normalize"/> form.</summary>
    public string? ProfileUrl { get; init; }

    /// <summary>Valid addresses in <see cref="EmailAddress.Normalize"/> form, first seen first, no duplicates.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    public string? Company { get; init; }

    public string? Position { get; init; }

    public DateOnly? ConnectedOn { get; init; }

    /// <summary>
    /// Who this is across imports: the profile URL, else the first address, else name and company.
    /// The name key is weak (namesakes exist), so callers flag such matches instead of merging them.
    /// </summary>
    public string IdentityKey
    {
        get
        {
            if (ProfileUrl is not null)
            {
                return "url:" + ProfileUrl;
            }

            if (Emails.Count > 0)
            {
                return "email:" + Emails[0];
            }

            return "name:" + TextFolding.Fold(FirstName + " " + LastName) + "|" + TextFolding.Fold(Company);
        }
    }
}
