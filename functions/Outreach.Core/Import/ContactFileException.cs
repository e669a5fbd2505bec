namespace Outreach.Import;

/// <summary>
/// The file as a whole cannot be read (binary, no header, broken quoting, empty). Nothing of it is
/// imported, because a half-read file would silently lose people.
/// </summary>
public sealed class ContactFileException : ApiProblemException
{
    public ContactFileException(int line, string message)
        : base(400, "The file cannot be imported.", message)
    {
        Line = line;
        Extensions = new Dictionary<string, object?> { ["line"] = line };
    }

    /// <summary>The 1-based physical line of the file the problem is on.</summary>
    public int Line { get; }
}
