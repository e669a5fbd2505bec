namespace Outreach.Mail.Rules;

/// <summary>
/// Recognises delivery status notifications: bounces from postmaster/mailer-daemon, RFC 3464 reports,
/// and the subjects Exchange, Gmail, Postfix and Sendmail give them.
/// </summary>
internal static class NonDeliverySignals
{
    private static readonly string[] SystemSenders = ["postmaster", "mailer-daemon"];

    private static readonly string[] FailureSubjects =
    [
        "undeliverable:", "unzustellbar:", "non remis:", "onbestelbaar:", "no se puede entregar:", "non recapitabile:",
        "delivery status notification (failure)", "undelivered mail returned to sender", "mail delivery failed",
        "returned mail:",
    ];

    // Reports that look like bounces but say the mail is late or did arrive; marking an address bounced
    // for them would stop the user writing to a working address.
    private static readonly string[] DelayOrSuccessSubjects =
    [
        "delivery delayed:", "delivery status notification (delay)", "delayed mail", "warning: message delayed",
        "warning: could not send message", "ubermittlung verzogert:", "zustellung verzogert:",
        "delivered:", "relayed:", "zugestellt:", "delivery status notification (success)", "successful mail delivery report",
    ];

    public static bool IsNonDelivery(MailMessageFacts message)
    {
        if (message.From is { } from && IsSystemSender(from.Address))
        {
            return true;
        }

        var headers = message.Headers;
        if (headers.TryGetValue("Content-Type", out var contentType) && ReportContentType.IsReport(contentType, "delivery-status"))
        {
            return true;
        }

        return headers.ContainsKey("X-MS-Exchange-Message-Is-Ndr")
            || SubjectPrefix.StartsWithAny(message.Subject, FailureSubjects);
    }

    /// <summary>True for a report that the mail was delayed or delivered rather than refused.</summary>
    public static bool IsDelayOrSuccessNotice(MailMessageFacts message)
        => SubjectPrefix.StartsWithAny(message.Subject, DelayOrSuccessSubjects);

    private static bool IsSystemSender(string address)
    {
        var at = address.LastIndexOf('@');
        var local = (at < 0 ? address : address[..at]).Trim();
        return SystemSenders.Any(sender => string.Equals(local, sender, StringComparison.OrdinalIgnoreCase));
    }
}
