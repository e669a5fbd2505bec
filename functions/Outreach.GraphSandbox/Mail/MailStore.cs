namespace Outreach.GraphSandbox.Mail;

/// <summary>
/// All mailboxes, behind one lock: every operation is short, and one lock keeps a move (leave one
/// folder, enter another) atomic for concurrent delta readers.
/// </summary>
internal sealed class MailStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Mailbox> _mailboxes = new(StringComparer.Ordinal);
    private readonly List<Action<MessageChange>> _observers = [];

    /// <summary>
    /// Observers run inside the lock, in change order, so notifications queue in the order the changes
    /// happened. They must be quick and must not call back into the store.
    /// </summary>
    public IDisposable Observe(Action<MessageChange> observer)
    {
        lock (_gate)
        {
            _observers.Add(observer);
        }

        return new Unsubscriber(() =>
        {
            lock (_gate)
            {
                _observers.Remove(observer);
            }
        });
    }

    public IReadOnlyList<string> MailboxKeys()
    {
        lock (_gate)
        {
            return [.. _mailboxes.Keys];
        }
    }

    public T Read<T>(string mailbox, Func<Mailbox, T> read)
    {
        lock (_gate)
        {
            return read(GetOrCreate(mailbox));
        }
    }

    public void SetOwner(string mailbox, SandboxAddress owner)
    {
        lock (_gate)
        {
            GetOrCreate(mailbox).Owner = owner;
        }
    }

    public void WithholdHeaders(string mailbox, bool withheld)
    {
        lock (_gate)
        {
            GetOrCreate(mailbox).WithholdsHeaders = withheld;
        }
    }

    /// <summary>Stores a message built from the mailbox's current state (its owner, earlier messages).</summary>
    public SandboxMessage Add(string mailbox, Func<Mailbox, SandboxMessage> build)
    {
        lock (_gate)
        {
            var box = GetOrCreate(mailbox);
            var message = build(box);
            if (box.Find(message.Id) is not null)
            {
                throw new InvalidOperationException($"Message {message.Id} already exists.");
            }

            box.Put(message, previousFolder: null);
            Publish(new MessageChange(message, message.Folder, MessageChangeKind.Created));
            return message;
        }
    }

    /// <exception cref="KeyNotFoundException">No such message or folder.</exception>
    public SandboxMessage Move(string mailbox, string messageId, string toFolder)
    {
        lock (_gate)
        {
            var box = GetOrCreate(mailbox);
            var message = FindOrThrow(box, messageId);
            var folder = box.ResolveFolder(toFolder) ?? throw new KeyNotFoundException($"Mailbox {mailbox} has no folder '{toFolder}'.");
            if (folder == message.Folder)
            {
                return message;
            }

            var moved = message with { Folder = folder, Version = message.Version + 1 };
            box.Put(moved, message.Folder);
            Publish(new MessageChange(message, message.Folder, MessageChangeKind.Removed));
            Publish(new MessageChange(moved, folder, MessageChangeKind.Created));
            return moved;
        }
    }

    /// <summary>A hard delete: the message leaves its folder and no longer exists.</summary>
    /// <exception cref="KeyNotFoundException">No such message.</exception>
    public SandboxMessage Delete(string mailbox, string messageId)
    {
        lock (_gate)
        {
            var box = GetOrCreate(mailbox);
            var message = FindOrThrow(box, messageId);
            box.Remove(message);
            Publish(new MessageChange(message, message.Folder, MessageChangeKind.Removed));
            return message;
        }
    }

    /// <summary>Everything in the folder now, oldest first, for the first round of a delta sync.</summary>
    public DeltaChanges Snapshot(string mailbox, string folder)
    {
        lock (_gate)
        {
            var box = GetOrCreate(mailbox);
            var entries = box.Messages.Where(m => m.Folder == folder)
                .OrderBy(m => m.ReceivedDateTime).ThenBy(m => m.Id, StringComparer.Ordinal)
                .Select(m => new DeltaEntry(m.Id, m)).ToList();
            return new DeltaChanges(entries, box.Sequence, box.Journal(folder).TokenGeneration);
        }
    }

    /// <summary>What entered or left the folder after <paramref name="sequence"/>.</summary>
    public DeltaChanges ChangesSince(string mailbox, string folder, long sequence)
    {
        lock (_gate)
        {
            var box = GetOrCreate(mailbox);
            var journal = box.Journal(folder);
            var entries = journal.ChangedAfter(sequence)
                .Select(id => new DeltaEntry(id, box.Find(id) is { } m && m.Folder == folder ? m : null))
                .ToList();
            return new DeltaChanges(entries, box.Sequence, journal.TokenGeneration);
        }
    }

    public int TokenGeneration(string mailbox, string folder)
    {
        lock (_gate)
        {
            return GetOrCreate(mailbox).Journal(folder).TokenGeneration;
        }
    }

    public void ExpireDeltaTokens(string mailbox, string folder)
    {
        lock (_gate)
        {
            GetOrCreate(mailbox).Journal(folder).ExpireTokens();
        }
    }

    private static SandboxMessage FindOrThrow(Mailbox box, string messageId)
        => box.Find(messageId) ?? throw new KeyNotFoundException($"Mailbox {box.Key} has no message {messageId}.");

    private Mailbox GetOrCreate(string mailbox)
    {
        if (!_mailboxes.TryGetValue(mailbox, out var box))
        {
            box = new Mailbox(mailbox);
            _mailboxes.Add(mailbox, box);
        }

        return box;
    }

    private void Publish(MessageChange change)
    {
        foreach (var observer in _observers)
        {
            observer(change);
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
