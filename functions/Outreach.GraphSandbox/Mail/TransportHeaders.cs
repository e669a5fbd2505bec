using System.Globalization;

namespace Outreach.GraphSandbox.Mail;

/// <summary>
/// The <c>internetMessageHeaders</c> a received message shows: the usual transport headers, the
/// thread headers, then the script's own (which replace defaults of the same name, e.g. Content-Type).
/// </summary>
internal static class TransportHeaders
{
    public static IReadOnlyList<SandboxHeader> ForReceived(
        SandboxAddress from, SandboxAddress owner, string internetMessageId, string subject, DateTimeOffset sent,
        ThreadPosition thread, IEnumerable<SandboxHeader>? extra)
    {
        var extras = extra?.ToList() ?? [];
        var headers = new List<SandboxHeader>
        {
            new("Received", $"from mail.{from.Domain} by mx.{owner.Domain}; {Rfc5322(sent)}"),
            new("Message-ID", internetMessageId),
            new("Date", Rfc5322(sent)),
            new("Subject", subject),
            new("MIME-Version", "1.0"),
            new("Content-Type", "multipart/alternative; boundary=\"_000_sandbox_\""),
            new("Thread-Topic", subject),
        };
        if (thread.InReplyTo is not null)
        {
            headers.Add(new("In-Reply-To", thread.InReplyTo));
            headers.Add(new("References", string.Join(' ', thread.References)));
        }

        headers.RemoveAll(h => extras.Exists(e => string.Equals(e.Name, h.Name, StringComparison.OrdinalIgnoreCase)));
        headers.AddRange(extras);
        return headers;
    }

    private static string Rfc5322(DateTimeOffset time)
        => time.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}
