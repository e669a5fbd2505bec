using System.Text;
using Outreach.GraphSandbox.Demo;

namespace Outreach.IntegrationTests.Api;

/// <summary>Builds LinkedIn Connections.csv files the way LinkedIn writes them.</summary>
public sealed class LinkedInCsv
{
    private readonly StringBuilder rows = new();

    public LinkedInCsv Add(string first, string last, string? email = null, string? company = null, string? position = null,
        string? url = null, string connectedOn = "12 Mar 2024")
    {
        url ??= $"https://www.linkedin.com/in/{Uri.EscapeDataString((first + "-" + last).ToLowerInvariant())}";
        rows.Append(ConnectionsCsv.Row(first, last, url, email, company, position, connectedOn));
        return this;
    }

    public override string ToString()
        => "\uFEFFNotes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n"
            + ConnectionsCsv.Header + "\r\n" + rows;
}
