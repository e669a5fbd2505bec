using Microsoft.Graph.Models;

namespace Outreach.Mail.Linker;

/// <summary>
/// Which followed folder a notified message belongs to, told by the message itself: its
/// <c>parentFolderId</c> against the folder ids delta has seen, else its sender against the mailbox
/// owner's address. Only when neither is known yet does the notifying subscription's folder decide —
/// a subscription can announce a message that is not in its folder.
/// </summary>
public static class MessageFolder
{
    public static string Of(Message message, MailboxEntity mailbox, string notifiedFolder)
    {
        var sent = mailbox.Folder(MailFolder.SentItems);
        if (message.ParentFolderId is { Length: > 0 } parent)
        {
            if (parent == sent.FolderId)
            {
                return MailFolder.SentItems;
            }

            if (parent == mailbox.Folder(MailFolder.Inbox).FolderId)
            {
                return MailFolder.Inbox;
            }
        }

        var from = People.EmailAddress.Normalize((message.From ?? message.Sender)?.EmailAddress?.Address);
        if (sent.Owner is { } owner && from is not null)
        {
            return from == owner ? MailFolder.SentItems : MailFolder.Inbox;
        }

        return notifiedFolder;
    }
}
