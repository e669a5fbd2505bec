using System.Globalization;
using System.Text;

namespace Outreach.Text;

/// <summary>
/// Folds text for matching and sorting so that "Müller", "MÜLLER" and "Muller" compare equal and
/// "Mueller" can be matched as a German transliteration.
/// </summary>
public static class TextFolding
{
    /// <summary>Lower case, diacritics removed, ß → ss, runs of whitespace collapsed.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = WithoutLoneSurrogates(text.Trim()).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            switch (c)
            {
                case 'ß':
                    builder.Append("ss");
                    break;
                case 'ẞ':
                    builder.Append("ss");
                    break;
                case 'æ' or 'Æ':
                    builder.Append("ae");
                    break;
                case 'ø' or 'Ø':
                    builder.Append('o');
                    break;
                case 'ł' or 'Ł':
                    builder.Append('l');
                    break;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    // Normalize throws on broken UTF-16; a name from a damaged file must not break search or sorting.
    private static string WithoutLoneSurrogates(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else if (!char.IsSurrogate(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Like <see cref="Fold"/>, but German umlaut transliterations are folded too (ue → u, oe → o,
    /// ae → a), so "Mueller" and "Müller" meet. Use for matching, not for display or sorting.
    /// </summary>
    public static string FoldForMatching(string? text)
    {
        var folded = Fold(text);
        return folded.Replace("ue", "u", StringComparison.Ordinal)
            .Replace("oe", "o", StringComparison.Ordinal)
            .Replace("ae", "a", StringComparison.Ordinal);
    }
}
