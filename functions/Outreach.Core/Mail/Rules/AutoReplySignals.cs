namespace Outreach.Mail.Rules;

/// <summary>
/// Recognises mail a machine sent in answer (RFC 3834 and the headers and subjects real responders use).
/// A false positive hides a real reply from the user, so every rule here is one that a person typing a
/// reply in a normal client does not trigger.
/// </summary>
internal static class AutoReplySignals
{
    // Prefixes the responders themselves put in front of the subject (Exchange/Outlook in several
    // languages, older Exchange, common hosted responders). Folded: lower case, no accents.
    private static readonly string[] AutoSubjects =
    [
        "automatic reply:", "autoreply:", "auto reply:", "auto-reply:", "auto response:", "automatic response:",
        "out of office:", "out of office autoreply:", "out of office reply:", "out of the office:",
        "abwesenheitsnotiz:", "automatische antwort:", "abwesenheit:",
        "reponse automatique:", "absence du bureau:",
        "respuesta automatica:", "risposta automatica:", "automatisch antwoord:", "resposta automatica:",
        "autosvar:", "automatisk svar:", "automaattinen vastaus:", "odpowiedz automatyczna:",
    ];

    // Weaker hints anywhere in the subject; they count only when Exchange's X-Auto-Response-Suppress is
    // present too, because that header alone also rides on ordinary mail from some clients and tools.
    private static readonly string[] AutoSubjectHints =
    [
        "out of office", "out of the office", "autoreply", "auto-reply", "automatic reply", "auto reply",
        "abwesenheit", "automatische antwort", "reponse automatique", "away from the office", "on vacation",
    ];

    public static bool IsAutoReply(MailMessageFacts message)
    {
        var headers = message.Headers;
        if (headers.TryGetValue("Auto-Submitted", out var autoSubmitted) && !IsNo(autoSubmitted))
        {
            return true;
        }

        if (headers.TryGetValue("X-Autoreply", out var autoreply) && !IsNo(autoreply))
        {
            return true;
        }

        if (headers.ContainsKey("X-Autorespond")
            || (headers.TryGetValue("Precedence", out var precedence) && IsToken(precedence, "auto_reply"))
            || IsReadReceipt(headers))
        {
            return true;
        }

        if (SubjectPrefix.StartsWithAny(message.Subject, AutoSubjects))
        {
            return true;
        }

        return headers.ContainsKey("X-Auto-Response-Suppress") && HasAutoHint(message.Subject);
    }

    private static bool HasAutoHint(string? subject)
    {
        if (SubjectPrefix.IsReplyOrForward(subject))
        {
            return false;
        }

        var folded = SubjectPrefix.FoldSubject(subject);
        return AutoSubjectHints.Any(hint => folded.Contains(hint, StringComparison.Ordinal));
    }

    // A read receipt (RFC 8098) is a report, not an answer, even though it lands in the conversation.
    private static bool IsReadReceipt(IReadOnlyDictionary<string, string> headers)
        => headers.TryGetValue("Content-Type", out var contentType)
            && ReportContentType.IsReport(contentType, "disposition-notification");

    // RFC 3834 allows parameters after the keyword ("auto-replied; owner-email=...").
    private static bool IsNo(string value) => IsToken(value, "no");

    private static bool IsToken(string value, string token)
    {
        var keyword = value.Split(';', 2)[0].Trim();
        return string.Equals(keyword, token, StringComparison.OrdinalIgnoreCase);
    }
}
