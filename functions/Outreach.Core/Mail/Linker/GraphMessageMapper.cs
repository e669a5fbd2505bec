using Microsoft.Graph.Models;

namespace Outreach.Mail.Linker;

/// <summary>Turns a Graph message into the facts the linking rules read.</summary>
public static class GraphMessageMapper
{
    /// <summary>The minimal <c>$select</c>: participants, ids, times and headers — never a body.</summary>
    public static readonly string[] Select =
    [
        "id", "conversationId", "internetMessageId", "internetMessageHeaders", "from", "sender", "toRecipients", "ccRecipients",
        "bccRecipients", "subject", "sentDateTime", "receivedDateTime", "isDraft", "parentFolderId",
    ];

    public static MailMessageFacts Map(Message message, string folder)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in message.InternetMessageHeaders ?? [])
        {
            if (header.Name is { Length: > 0 } name && header.Value is { } value)
            {
                headers[name] = headers.TryGetValue(name, out var existing) ? existing + " " + value : value;
            }
        }

        return new MailMessageFacts
        {
            Id = message.Id ?? throw new ArgumentException("A Graph message without an id.", nameof(message)),
            Folder = folder,
            InternetMessageId = message.InternetMessageId,
            ConversationId = message.ConversationId,
            From = Address(message.From) ?? Address(message.Sender),
            To = Addresses(message.ToRecipients),
            Cc = Addresses(message.CcRecipients),
            Bcc = Addresses(message.BccRecipients),
            Subject = message.Subject,
            SentAt = message.SentDateTime,
            ReceivedAt = message.ReceivedDateTime,
            IsDraft = message.IsDraft ?? false,
            Headers = headers,
        };
    }

    private static List<MailAddress> Addresses(List<Recipient>? recipients)
        => (recipients ?? []).Select(Address).OfType<MailAddress>().ToList();

    private static MailAddress? Address(Recipient? recipient)
        => People.EmailAddress.Normalize(recipient?.EmailAddress?.Address) is { } address ? new MailAddress(address, recipient!.EmailAddress!.Name) : null;
}
