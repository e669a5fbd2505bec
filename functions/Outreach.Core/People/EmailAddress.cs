using System.Buffers;
using System.Globalization;
using System.Net.Mail;

namespace Outreach.People;

/// <summary>E-mail addresses as Outreach stores and compares them: bare addr-spec, lower case.</summary>
public static class EmailAddress
{
    // A plain address never holds these; quoted local parts and comments are legal but are far more
    // often a pasted "Name <a@b>, c@d" than a real address, and MailAddress would accept them.
    private static readonly SearchValues<char> Forbidden = SearchValues.Create("\",;<>()[]\\:");

    /// <summary>
    /// Trims, strips a mailto: and surrounding angle brackets, lower-cases; null when the result is
    /// not a plain local@domain.tld address (no display name, no comments).
    /// </summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = Unwrap(value.Trim());
        var address = text.ToLowerInvariant();
        if (!LooksPlain(address)
            || !MailAddress.TryCreate(address, out var parsed)
            || parsed.DisplayName.Length != 0
            || !string.Equals(parsed.Address, address, StringComparison.Ordinal))
        {
            return null;
        }

        return address;
    }

    public static bool IsValid(string? value) => Normalize(value) is not null;

    private static string Unwrap(string text)
    {
        if (text.Length >= 2 && text[0] == '<' && text[^1] == '>')
        {
            text = text[1..^1].Trim();
        }

        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["mailto:".Length..].Trim();
            var query = text.IndexOf('?', StringComparison.Ordinal);
            if (query >= 0)
            {
                text = text[..query];
            }
        }

        if (text.Length >= 2 && text[0] == '<' && text[^1] == '>')
        {
            text = text[1..^1].Trim();
        }

        return text;
    }

    private static bool LooksPlain(string address)
    {
        if (address.Length > 254 || address.AsSpan().ContainsAny(Forbidden))
        {
            return false;
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != address.LastIndexOf('@') || at > 64)
        {
            return false;
        }

        foreach (var c in address)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        var local = address[..at];
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        var labels = address[(at + 1)..].Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (c != '-' && !char.IsLetterOrDigit(c))
                {
                    return false;
                }
            }
        }

        var tld = labels[^1];
        return tld.Length >= 2
            && (tld.StartsWith("xn--", StringComparison.Ordinal) || tld.All(c => char.GetUnicodeCategory(c) is UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter));
    }
}
