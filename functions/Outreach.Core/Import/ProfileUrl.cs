using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Outreach.Import;

/// <summary>
/// LinkedIn profile URLs in one canonical form, because the URL is the strongest identity key and
/// the same person arrives as http/https, with or without www, a country subdomain, a ?trk= query
/// or a trailing slash.
/// </summary>
public static partial class ProfileUrl
{
    private const string CanonicalHost = "www.linkedin.com";

    // RFC 3986 pchar minus '%': kept as is; everything else is percent-encoded.
    private const string KeptPunctuation = "-._~!$&'()*+,;=:@/";

    /// <summary>
    /// https://www.linkedin.com + the path, without query, fragment or trailing slash. The path is
    /// percent-decoded, put in Unicode NFC and percent-encoded again (UTF-8, upper-case hex) for
    /// everything but unreserved ASCII, so "/in/j%c3%bcrgen" and "/in/jürgen" give one string.
    /// The path keeps its case: member-id URLs (/in/ACoAA...) are case-sensitive.
    /// Null when the value is empty, not a URL, not on linkedin.com or has no path.
    /// </summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            text = "https:" + text;
        }
        else if (!SchemePrefix().IsMatch(text))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var host = uri.Host.TrimEnd('.').ToLowerInvariant();
        if (host != "linkedin.com" && !host.EndsWith(".linkedin.com", StringComparison.Ordinal))
        {
            return null;
        }

        var path = CanonicalPath(uri.AbsolutePath);
        return path.Length == 0 ? null : "https://" + CanonicalHost + path;
    }

    /// <summary>Whether <paramref name="value"/> normalises to a LinkedIn profile URL.</summary>
    public static bool IsValid(string? value) => Normalize(value) is not null;

    private static string CanonicalPath(string escapedPath)
    {
        var decoded = Uri.UnescapeDataString(escapedPath).Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(decoded.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in decoded.EnumerateRunes())
        {
            if (rune.Value == '/' && builder.Length > 0 && builder[^1] == '/')
            {
                continue;
            }

            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || KeptPunctuation.Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        while (builder.Length > 0 && builder[^1] == '/')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*://")]
    private static partial Regex SchemePrefix();
}
