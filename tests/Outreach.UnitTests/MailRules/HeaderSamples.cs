using Outreach.Mail;

namespace Outreach.UnitTests.MailRules;

/// <summary>
/// Messages as real systems send them (headers trimmed to what Graph's internetMessageHeaders carries and
/// what matters here; ids and boundaries shortened).
/// </summary>
internal static class HeaderSamples
{
    private const string Original = "<AM0PR07MB4321.1A2B3C@AM0PR07MB4321.eurprd07.prod.outlook.com>";

    public static MailMessageFacts OutlookReply => Mails.Received(
        "outlook-reply",
        Mails.Address("hans.mueller@contoso.com", "Müller, Hans"),
        "RE: Coffee in May?",
        Mails.Headers(
            ("Thread-Topic", "Coffee in May?"),
            ("Thread-Index", "AQHbz1xYk3m0bq9Pq0OeRZ0b8f2cGw=="),
            ("In-Reply-To", Original),
            ("References", Original),
            ("Accept-Language", "de-DE, en-US"),
            ("Content-Language", "de-DE"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("Content-Type", "multipart/alternative; boundary=\"_000_DB9PR07MB_\""),
            ("MIME-Version", "1.0")));

    public static MailMessageFacts GmailReply => Mails.Received(
        "gmail-reply",
        Mails.Address("jane.doe@gmail.com", "Jane Doe"),
        "Re: Coffee in May?",
        Mails.Headers(
            ("MIME-Version", "1.0"),
            ("In-Reply-To", Original),
            ("References", Original),
            ("Content-Type", "multipart/alternative; boundary=\"000000000000a1b2c3\"")));

    public static MailMessageFacts OutlookAutoReply => Mails.Received(
        "outlook-oof",
        Mails.Address("hans.mueller@contoso.com", "Müller, Hans"),
        "Automatic reply: Coffee in May?",
        Mails.Headers(
            ("Thread-Topic", "Coffee in May?"),
            ("In-Reply-To", Original),
            ("References", Original),
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "hans.mueller@contoso.com"),
            ("Content-Type", "multipart/alternative; boundary=\"_000_AM6PR_\"")));

    // Older on-premises Exchange: no Auto-Submitted, only the suppress header and a localised subject.
    public static MailMessageFacts GermanExchangeAutoReply => Mails.Received(
        "exchange-oof-de",
        Mails.Address("hans.mueller@contoso.de", "Hans Müller"),
        "Automatische Antwort: Kaffee im Mai?",
        Mails.Headers(("X-Auto-Response-Suppress", "All"), ("Thread-Topic", "Kaffee im Mai?")));

    // Gmail's vacation responder keeps "Re:" unless the user set a subject; only the header tells.
    public static MailMessageFacts GmailVacation => Mails.Received(
        "gmail-vacation",
        Mails.Address("jane.doe@gmail.com", "Jane Doe"),
        "Re: Coffee in May?",
        Mails.Headers(
            ("Auto-Submitted", "auto-replied"),
            ("In-Reply-To", Original),
            ("References", Original),
            ("Content-Type", "multipart/alternative; boundary=\"000000000000f00d\"")));

    public static MailMessageFacts ExchangeNdr => Mails.Received(
        "exchange-ndr",
        Mails.Address("MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.onmicrosoft.com", "Microsoft Outlook"),
        "Undeliverable: Coffee in May?",
        Mails.Headers(
            ("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"f0e1d2c3-b4a5\""),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Auto-Submitted", "auto-replied"),
            ("In-Reply-To", Original),
            ("References", Original),
            ("Thread-Topic", "Coffee in May?")));

    public static MailMessageFacts ExchangePostmasterNdr => Mails.Received(
        "exchange-postmaster",
        Mails.Address("postmaster@outlook.com", "Mail Delivery System"),
        "Unzustellbar: Kaffee im Mai?",
        Mails.Headers(("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"abc\"")));

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
        Mails.Address("mailer-daemon@googlemail.com", "Mail Delivery Subsystem"),
        "Delivery Status Notification (Failure)",
        Mails.Headers(
            ("X-Failed-Recipients", "old.address@former-employer.com"),
            ("Auto-Submitted", "auto-replied"),
            ("In-Reply-To", Original),
            ("References", Original),
            ("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"00000000000012ab\"")));

    public static MailMessageFacts GmailDelay => Mails.Received(
        "gmail-delay",
        Mails.Address("mailer-daemon@googlemail.com", "Mail Delivery Subsystem"),
        "Delivery Status Notification (Delay)",
        Mails.Headers(
            ("Auto-Submitted", "auto-replied"),
            ("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"00000000000034cd\"")));

    public static MailMessageFacts ReadReceipt => Mails.Received(
        "read-receipt",
        Mails.Address("hans.mueller@contoso.com", "Müller, Hans"),
        "Read: Coffee in May?",
        Mails.Headers(("Content-Type", "multipart/report; report-type=disposition-notification; boundary=\"rr\"")));
}
