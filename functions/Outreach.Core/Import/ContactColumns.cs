using System.Text.RegularExpressions;

namespace Outreach.Import;

/// <summary>
/// Which column holds what, found by header name in LinkedIn, Outlook (English and German) and
/// Google exports. Names are compared trimmed, without case, with '-', ':' and '_' read as spaces.
/// </summary>
internal sealed partial class ContactColumns
{
    private static readonly HashSet<string> FirstNames = ["first name", "firstname", "given name", "vorname"];
    private static readonly HashSet<string> LastNames = ["last name", "lastname", "family name", "surname", "nachname"];
    private static readonly HashSet<string> FullNames = ["name", "full name", "fullname", "display name"];
    private static readonly HashSet<string> Companies = ["company", "company name", "organization", "organisation", "organization 1 name", "organization name", "firma", "unternehmen"];

    // Never "title": in Outlook it is the salutation (Mr., Dr.), not the job.
    private static readonly HashSet<string> Positions = ["position", "job title", "organization 1 title", "organization title"];
    private static readonly HashSet<string> ProfileUrls = ["url", "linkedin", "linkedin url", "linkedin profile", "linkedin profile url", "profile url"];

    // Personal web pages: read only when they happen to hold a LinkedIn URL.
    private static readonly HashSet<string> WebPages = ["web page", "webpage", "website", "webseite", "website 1 value", "personal web page"];
    private static readonly HashSet<string> ConnectedOns = ["connected on"];

    private readonly List<int> _emails = [];
    private readonly List<int> _webPages = [];

    private ContactColumns()
    {
    }

    public ContactFileFormat Format => ConnectedOn is null ? ContactFileFormat.Generic : ContactFileFormat.LinkedIn;

    public int? FirstName { get; private set; }

    public int? LastName { get; private set; }

    public int? FullName { get; private set; }

    public int? Company { get; private set; }

    public int? Position { get; private set; }

    public int? ProfileUrl { get; private set; }

    public int? ConnectedOn { get; private set; }

    /// <summary>The header's cells as written.</summary>
    public IReadOnlyList<string> Header { get; private init; } = [];

    public IReadOnlyList<int> Emails => _emails;

    public IReadOnlyList<int> WebPageUrls => _webPages;

    public const string Expected =
        "a LinkedIn header (First Name, Last Name, URL, Email Address, Company, Position, Connected On) or "
        + "a name column (First Name, Last Name or Name) with an e-mail column (E-mail Address, Email, E-mail 1 - Value, E-Mail-Adresse)";

    /// <summary>The columns of <paramref name="cells"/> when it is a header this reader understands, else null.</summary>
    public static ContactColumns? Recognize(IReadOnlyList<string> cells)
    {
        var columns = new ContactColumns { Header = cells };
        for (var i = 0; i < cells.Count; i++)
        {
            columns.Assign(Key(cells[i]), i);
        }

        var hasName = columns.FirstName is not null || columns.LastName is not null || columns.FullName is not null;
        var hasContact = columns._emails.Count > 0 || columns.ProfileUrl is not null || columns.ConnectedOn is not null;
        return hasName && hasContact ? columns : null;
    }

    private void Assign(string key, int index)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (EmailHeader().IsMatch(key))
        {
            _emails.Add(index);
        }
        else if (WebPages.Contains(key))
        {
            _webPages.Add(index);
        }
        else
        {
            // The first of several same-meaning columns wins: exports put the primary one first.
            FirstName ??= FirstNames.Contains(key) ? index : null;
            LastName ??= LastNames.Contains(key) ? index : null;
            FullName ??= FullNames.Contains(key) ? index : null;
            Company ??= Companies.Contains(key) ? index : null;
            Position ??= Positions.Contains(key) ? index : null;
            ProfileUrl ??= ProfileUrls.Contains(key) ? index : null;
            ConnectedOn ??= ConnectedOns.Contains(key) ? index : null;
        }
    }

    private static string Key(string header)
    {
        var text = header.Trim().Trim('\uFEFF').Trim().ToLowerInvariant()
            .Replace('-', ' ').Replace(':', ' ').Replace('_', ' ');
        return Whitespace().Replace(text, " ").Trim();
    }

    // Address columns of all the exports: "Email", "E-mail Address", "E-mail 2 Address",
    // "E-mail 1 - Value", "E-Mail-Adresse", "E-Mail 2: Adresse", "Work Email"; not the
    // "E-mail Type" or "E-mail Display Name" columns next to them.
    [GeneratedRegex(@"^(?:(?:primary|work|home|business|personal|other) )?e ?mail(?: \d+)?(?: (?:address|adresse|addr|value|wert))?$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailHeader();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
