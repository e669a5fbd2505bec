namespace Outreach.GraphSandbox.Mail;

/// <summary>
/// Per folder: the change sequence at which each message last entered or left it. Delta queries read
/// it: "what changed after sequence S". The token generation lets a fault invalidate old delta tokens.
/// </summary>
internal sealed class FolderJournal
{
    private readonly Dictionary<string, long> _lastChange = new(StringComparer.Ordinal);

    public int TokenGeneration { get; private set; }

    public void Record(string messageId, long sequence) => _lastChange[messageId] = sequence;

    /// <summary>Ids changed after <paramref name="sequence"/>, oldest change first.</summary>
    public IEnumerable<string> ChangedAfter(long sequence)
        => _lastChange.Where(c => c.Value > sequence).OrderBy(c => c.Value).Select(c => c.Key);

    public void ExpireTokens() => TokenGeneration++;
}
