using Outreach.Mail;

namespace Outreach.UnitTests.MailRules;

/// <summary>Builds <see cref="MailMessageFacts"/> the way the Graph reader would.</summary>
internal static class Mails
{
    public static readonly DateTimeOffset Monday = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);

    public static MailAddress Address(string address, string? name = null) => new(address, name);

    public static Dictionary<string, string> Headers(params (string Name, string Value)[] headers)
        => headers.ToDictionary(header => header.Name, header => header.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The headers of an answer to <paramref name="original"/>: its threading headers, then <paramref name="more"/>.</summary>
    public static Dictionary<string, string> AnswerHeaders(string original, params (string Name, string Value)[] more)
        => Headers([("In-Reply-To", original), ("References", original), .. more]);

    /// <summary>A <c>Content-Type</c> header of the kind <paramref name="subtype"/> (with its parameters).</summary>
    public static (string Name, string Value) Multipart(string subtype, string boundary)
        => ("Content-Type", $"multipart/{subtype}; boundary=\"{boundary}\"");

    public static MailMessageFacts Sent(string id, params string[] to) => new()
    {
        Id = id,
        Folder = MailFolder.SentItems,
        InternetMessageId = $"<{id}@me.example>",
        ConversationId = $"conv-{id}",
        From = Address("me@me.example", "Me"),
        To = to.Select(address => Address(address)).ToList(),
        Subject = "Coffee in May?",
        SentAt = Monday,
    };

    public static MailMessageFacts Received(string id, MailAddress from, string subject, Dictionary<string, string>? headers = null) => new()
    {
        Id = id,
        Folder = MailFolder.Inbox,
        InternetMessageId = $"<{id}@them.example>",
        ConversationId = "conv-1",
        From = from,
        To = [Address("me@me.example", "Me")],
        Subject = subject,
        SentAt = Monday.AddDays(1),
        ReceivedAt = Monday.AddDays(1),
        Headers = headers ?? Headers(),
    };
}
