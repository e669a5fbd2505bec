using System.Text;
using Outreach.Text;

namespace Outreach.Career;

/// <summary>
/// A company name reduced to what identifies it, so "FCB GmbH", "fcb" and "F.C.B." meet, as do
/// "Müller &amp; Söhne AG" and "Mueller and Sohne": case, accents, punctuation, "&amp;" versus "and" and trailing
/// legal forms are ignored.
/// </summary>
public static class CompanyName
{
    // Compared after dots are removed, so "S.A." is "sa" and "Inc." is "inc".
    private static readonly HashSet<string> LegalForms =
    [
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "lp", "plc",
        "gmbh", "ag", "kg", "kgaa", "ohg", "ug", "mbh", "ev", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv",
        "ab", "as", "asa", "aps", "oy", "pty", "pte", "kk", "sl", "sau",
    ];

    /// <summary>The key, or empty when nothing identifying is left.</summary>
    public static string Key(string? name)
    {
        var folded = TextFolding.FoldForMatching(name).Replace(".", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
        var builder = new StringBuilder(folded.Length + 8);
        foreach (var c in folded)
        {
            if (c == '&' || c == '+')
            {
                builder.Append(" and ");
            }
            else
            {
                builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

        // "GmbH & Co. KG" is three legal words joined by "and": strip from the end while they are
        // legal forms, but keep at least one word so "AG" alone stays a name.
        while (words.Count > 1 && (LegalForms.Contains(words[^1]) || (words[^1] == "and" && words.Count > 1)))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }
}
