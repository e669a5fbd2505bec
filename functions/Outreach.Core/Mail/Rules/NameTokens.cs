using Outreach.Text;

namespace Outreach.Mail.Rules;

/// <summary>Splits a name into words folded for matching, so "Müller, Hans", "hans MUELLER" and "Hans Müller" meet.</summary>
internal static class NameTokens
{
    // Hyphens stay inside a word: "Müller-Schmidt" is a different surname from "Müller".
    private static readonly char[] Separators = [' ', '\t', ',', ';', '\'', '"', '(', ')', '[', ']', '/', '|', '<', '>'];

    public static IReadOnlyList<string> Of(string? name)
        => string.IsNullOrWhiteSpace(name)
            ? []
            : name.Split(Separators, StringSplitOptions.RemoveEmptyEntries)
                .Select(TextFolding.FoldForMatching)
                .Where(token => token.Length != 0)
                .ToList();
}
