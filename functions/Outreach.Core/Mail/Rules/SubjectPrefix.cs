using Outreach.Text;

namespace Outreach.Mail.Rules;

/// <summary>Compares the start of a subject with machine-written prefixes, whatever the case, accents or spacing.</summary>
internal static class SubjectPrefix
{
    /// <summary>True when the subject starts with one of <paramref name="prefixes"/>, which must already be folded.</summary>
    public static bool StartsWithAny(string? subject, IReadOnlyList<string> prefixes)
    {
        var folded = FoldSubject(subject);
        return folded.Length != 0 && prefixes.Any(prefix => folded.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>True when the subject starts like a person's reply or forward ("Re:", "AW:", "Fwd:").</summary>
    public static bool IsReplyOrForward(string? subject) => StartsWithAny(subject, ReplyOrForward);

    /// <summary>
    /// Folded subject with "word :" closed up to "word:", because French clients put a space before the
    /// colon ("Réponse automatique : ...") and others do not.
    /// </summary>
    public static string FoldSubject(string? subject)
        => TextFolding.Fold(subject).Replace(" :", ":", StringComparison.Ordinal);

    private static readonly string[] ReplyOrForward =
        ["re:", "aw:", "antw:", "antwort:", "sv:", "vs:", "r:", "rif:", "ref:", "fw:", "fwd:", "wg:", "tr:", "enc:", "rv:"];
}
