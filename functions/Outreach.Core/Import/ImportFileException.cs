namespace Outreach.Import;

/// <summary>A file of an upload (or an entry of the archive) cannot be read: names the file and, where there is one, the line.</summary>
public sealed class ImportFileException : ApiProblemException
{
    public ImportFileException(string file, int? line, string message, int status = 400)
        : base(status, status == 413 ? "The request is too large." : "The file cannot be imported.", $"{file}: {message}")
    {
        Extensions = new Dictionary<string, object?> { ["file"] = file, ["line"] = line };
    }
}
