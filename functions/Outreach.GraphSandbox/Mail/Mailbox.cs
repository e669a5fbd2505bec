namespace Outreach.GraphSandbox.Mail;

/// <summary>One user's mailbox. Not thread-safe: <see cref="MailStore"/> guards it with its lock.</summary>
internal sealed class Mailbox
{
    private readonly Dictionary<string, SandboxMessage> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FolderJournal> _journals = SandboxFolders.All.ToDictionary(f => f, _ => new FolderJournal());

    public Mailbox(string key)
    {
        Key = key;
        Owner = new SandboxAddress($"{key}@{MessageIds.Domain}");
        FolderIds = SandboxFolders.All.ToDictionary(f => f, f => MessageIds.FolderId(key, f));
    }

    /// <summary>The <c>oid</c> of the user whose mailbox this is.</summary>
    public string Key { get; }

    public SandboxAddress Owner { get; set; }

    /// <summary>
    /// Whether Graph leaves out <c>internetMessageHeaders</c> for this mailbox's mail: undocumented either
    /// way under Mail.ReadBasic, so clients must work with and without them.
    /// </summary>
    public bool WithholdsHeaders { get; set; }

    public IReadOnlyDictionary<string, string> FolderIds { get; }

    /// <summary>Last change sequence handed out; delta tokens remember it.</summary>
    public long Sequence { get; private set; }

    public IEnumerable<SandboxMessage> Messages => _messages.Values;

    public SandboxMessage? Find(string id) => _messages.GetValueOrDefault(id);

    public FolderJournal Journal(string folder) => _journals[folder];

    /// <summary>A well-known name or folder id (either case for names) to the well-known name.</summary>
    public string? ResolveFolder(string nameOrId)
        => SandboxFolders.WellKnown(nameOrId) ?? FolderIds.FirstOrDefault(f => f.Value == nameOrId).Key;

    public void Put(SandboxMessage message, string? previousFolder)
    {
        _messages[message.Id] = message;
        var sequence = ++Sequence;
        _journals[message.Folder].Record(message.Id, sequence);
        if (previousFolder is not null && previousFolder != message.Folder)
        {
            _journals[previousFolder].Record(message.Id, sequence);
        }
    }

    public void Remove(SandboxMessage message)
    {
        _messages.Remove(message.Id);
        _journals[message.Folder].Record(message.Id, ++Sequence);
    }
}
