using System.Text;

namespace Outreach.Tests.Api;

/// <summary>Builds LinkedIn Connections.csv files the way LinkedIn writes them.</summary>
public sealed class LinkedInCsv
{
    private readonly StringBuilder rows = new();

    public LinkedInCsv Add(string first, string last, string? email = null, string? company = null, string? position = null,
        string? url = null, string connectedOn = "12 Mar 2024")
    {
        url ??= $"https://www.linkedin.com/in/{Uri.EscapeDataString((first + "-" + last).ToLowerInvariant())}";
        rows.Append(string.Join(',', Quote(first), Quote(last), Quote(url), Quote(email), Quote(company), Quote(position), Quote(connectedOn))).Append("\r\n");
        return this;
    }

    public override string ToString()
        => "\uFEFFNotes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n" + rows;

    private static string Quote(string? value)
        => value is null ? string.Empty : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
