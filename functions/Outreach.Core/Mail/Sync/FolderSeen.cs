using Microsoft.Graph.Models;

namespace Outreach.Mail.Sync;

/// <summary>
/// What a delta round learns besides the messages: the folder's Graph id (its messages'
/// <c>parentFolderId</c>) and, in Sent Items, the address the user's mail goes out from. A notified
/// message's direction is told by these, whichever subscription announced it.
/// </summary>
internal sealed class FolderSeen(string? folderId, string? owner)
{
    public string? FolderId { get; private set; } = folderId;

    public string? Owner { get; private set; } = owner;

    public int Messages { get; private set; }

    public void Learn(string folder, IReadOnlyList<Message> messages)
    {
        Messages += messages.Count;
        FolderId = messages.Select(m => m.ParentFolderId).FirstOrDefault(id => !string.IsNullOrEmpty(id)) ?? FolderId;
        if (folder == MailFolder.SentItems)
        {
            Owner = messages.Where(m => m.IsDraft != true).Select(m => People.EmailAddress.Normalize((m.From ?? m.Sender)?.EmailAddress?.Address)).FirstOrDefault(a => a is not null) ?? Owner;
        }
    }
}
