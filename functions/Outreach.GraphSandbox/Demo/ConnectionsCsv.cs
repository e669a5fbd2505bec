using System.Globalization;
using System.Text;

namespace Outreach.GraphSandbox.Demo;

/// <summary>Writes connections the way LinkedIn's Connections.csv is written: notes preamble, header, CRLF, quoting as needed.</summary>
internal static class ConnectionsCsv
{
    public const string Header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

    private const string Notes =
        "Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing. "
        + "You will only see email addresses for connections who have allowed their connections to see or download their email address "
        + "using this setting https://www.linkedin.com/psettings/privacy/email. "
        + "You can learn more here https://www.linkedin.com/help/linkedin/answer/261\"\r\n\r\n";

    public static string Write(IEnumerable<DemoConnection> connections)
    {
        var csv = new StringBuilder(Notes).Append(Header).Append("\r\n");
        foreach (var c in connections)
        {
            string?[] fields = [c.FirstName, c.LastName, c.Url, c.EmailAddress, c.Company, c.Position, c.ConnectedOn.ToString("dd MMM yyyy", CultureInfo.InvariantCulture)];
            csv.Append(Row(fields));
        }

        return csv.ToString();
    }

    /// <summary>One CRLF-terminated line; a null field stays empty, a field with a comma, quote or line break is quoted.</summary>
    public static string Row(params string?[] fields) => string.Join(',', fields.Select(Quote)) + "\r\n";

    private static string Quote(string? value)
        => value is null ? string.Empty
            : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
