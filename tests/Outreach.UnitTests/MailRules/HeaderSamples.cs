using Outreach.Mail;

namespace Outreach.UnitTests.MailRules;

/// <summary>
/// Messages as real systems send them (headers trimmed to what Graph's internetMessageHeaders carries and
/// what matters here; ids and boundaries shortened).
/// </summary>
internal static class HeaderSamples
{
    private const string Original = "<AM0PR07MB4321.1A2B3C@AM0PR07MB4321.eurprd07.prod.outlook.com>";
    private const string DeliveryStatus = "report; report-type=delivery-status";

    private static readonly MailAddress Hans = Mails.Address("hans.mueller@contoso.com", "Müller, Hans");
    private static readonly MailAddress Jane = Mails.Address("jane.doe@gmail.com", "Jane Doe");
    private static readonly MailAddress GoogleDaemon = Mails.Address("mailer-daemon@googlemail.com", "Mail Delivery Subsystem");

    public static MailMessageFacts OutlookReply => Mails.Received(
        "outlook-reply",
        Hans,
        "RE: Coffee in May?",
        Mails.AnswerHeaders(
            Original,
            ("Thread-Topic", "Coffee in May?"),
            ("Thread-Index", "AQHbz1xYk3m0bq9Pq0OeRZ0b8f2cGw=="),
            ("Accept-Language", "de-DE, en-US"),
            ("Content-Language", "de-DE"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            Mails.Multipart("alternative", "_000_DB9PR07MB_"),
            ("MIME-Version", "1.0")));

    public static MailMessageFacts GmailReply => Mails.Received(
        "gmail-reply",
        Jane,
        "Re: Coffee in May?",
        Mails.AnswerHeaders(Original, ("MIME-Version", "1.0"), Mails.Multipart("alternative", "000000000000a1b2c3")));

    public static MailMessageFacts OutlookAutoReply => Mails.Received(
        "outlook-oof",
        Hans,
        "Automatic reply: Coffee in May?",
        Mails.AnswerHeaders(
            Original,
            ("Thread-Topic", "Coffee in May?"),
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "hans.mueller@contoso.com"),
            Mails.Multipart("alternative", "_000_AM6PR_")));

    // Older on-premises Exchange: no Auto-Submitted, only the suppress header and a localised subject.
    public static MailMessageFacts GermanExchangeAutoReply => Mails.Received(
        "exchange-oof-de",
        Mails.Address("hans.mueller@contoso.de", "Hans Müller"),
        "Automatische Antwort: Kaffee im Mai?",
        Mails.Headers(("X-Auto-Response-Suppress", "All"), ("Thread-Topic", "Kaffee im Mai?")));

    // Gmail's vacation responder keeps "Re:" unless the user set a subject; only the header tells.
    public static MailMessageFacts GmailVacation => Mails.Received(
        "gmail-vacation",
        Jane,
        "Re: Coffee in May?",
        Mails.AnswerHeaders(Original, ("Auto-Submitted", "auto-replied"), Mails.Multipart("alternative", "000000000000f00d")));

    public static MailMessageFacts ExchangeNdr => Mails.Received(
        "exchange-ndr",
        Mails.Address("MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.onmicrosoft.com", "Microsoft Outlook"),
        "Undeliverable: Coffee in May?",
        Mails.AnswerHeaders(
            Original,
            Mails.Multipart(DeliveryStatus, "f0e1d2c3-b4a5"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Auto-Submitted", "auto-replied"),
            ("Thread-Topic", "Coffee in May?")));

    public static MailMessageFacts ExchangePostmasterNdr => Mails.Received(
        "exchange-postmaster",
        Mails.Address("postmaster@outlook.com", "Mail Delivery System"),
        "Unzustellbar: Kaffee im Mai?",
        Mails.Headers(Mails.Multipart(DeliveryStatus, "abc")));

    // Postfix neither repeats In-Reply-To nor names the recipient in a header: the original's headers
    // travel in the body, which Mail.ReadBasic never returns.
    public static MailMessageFacts PostfixBounce => Mails.Received(
        "postfix-bounce",
        Mails.Address("MAILER-DAEMON@mail.example.org", "Mail Delivery System"),
        "Undelivered Mail Returned to Sender",
        Mails.Headers(
            ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0"),
            ("Content-Type", "multipart/report; report-type=delivery-status;\r\n\tboundary=\"4E8D53F2A1.1718000000/mail.example.org\"")));

    public static MailMessageFacts GmailBounce => Mails.Received(
        "gmail-bounce",
        GoogleDaemon,
        "Delivery Status Notification (Failure)",
        Mails.AnswerHeaders(
            Original,
            ("X-Failed-Recipients", "old.address@former-employer.com"),
            ("Auto-Submitted", "auto-replied"),
            Mails.Multipart(DeliveryStatus, "00000000000012ab")));

    public static MailMessageFacts GmailDelay => Mails.Received(
        "gmail-delay",
        GoogleDaemon,
        "Delivery Status Notification (Delay)",
        Mails.Headers(("Auto-Submitted", "auto-replied"), Mails.Multipart(DeliveryStatus, "00000000000034cd")));

    public static MailMessageFacts ReadReceipt => Mails.Received(
        "read-receipt",
        Hans,
        "Read: Coffee in May?",
        Mails.Headers(Mails.Multipart("report; report-type=disposition-notification", "rr")));
}
