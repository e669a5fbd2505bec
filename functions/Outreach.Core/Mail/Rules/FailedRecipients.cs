namespace Outreach.Mail.Rules;

/// <summary>
/// The addresses a bounce names in <c>X-Failed-Recipients</c> (Exim, Gmail). The reliable list lives in the
/// report's body, which Mail.ReadBasic never reads, so this header is the only fallback when a bounce
/// cannot be tied to the sent mail.
/// </summary>
public static class FailedRecipients
{
    private static readonly char[] Separators = [',', ';', ' ', '\t', '\r', '\n'];

    public static IReadOnlyList<string> Of(MailMessageFacts message)
    {
        if (!message.Headers.TryGetValue("X-Failed-Recipients", out var value))
        {
            return [];
        }

        return value.Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Select(AddressKey.Normalize)
            .OfType<string>()
            .Where(address => address.Contains('@', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
