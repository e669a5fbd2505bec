namespace Outreach.Import;

/// <summary>
/// Reads a LinkedIn Connections.csv or a generic contact CSV into rows, rejected rows and
/// warnings. Problems of single rows never stop the import; problems of the file as a whole
/// throw a <see cref="ContactFileException"/> naming the line.
/// </summary>
public static class ContactFileReader
{
    /// <summary>How many records may come before the header (LinkedIn's notes take two to four).</summary>
    public const int HeaderSearchLimit = 50;

    // A comma first: that is what LinkedIn, Outlook and Google write. The others are for files
    // saved by a spreadsheet in a locale whose list separator is not a comma (German Excel: ';').
    private static readonly char[] Separators = [',', ';', '\t'];

    public static ContactFile Read(Stream stream)
    {
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            return Read(buffer.AsMemory((int)memory.Position));
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Read(copy.GetBuffer().AsMemory(0, (int)copy.Length));
    }

    /// <summary>Buffers the stream (an HTTP body cannot be read synchronously) and reads it.</summary>
    public static async Task<ContactFile> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return Read(copy.GetBuffer().AsMemory(0, (int)copy.Length));
    }

    public static ContactFile Read(ReadOnlyMemory<byte> content)
    {
        if (content.IsEmpty)
        {
            throw new ContactFileException(1, "The file is empty.");
        }

        var encodingWarnings = new List<ImportIssue>();
        var utf8 = ContactFileText.ToUtf8(content, encodingWarnings);

        ContactFileException? firstFailure = null;
        foreach (var separator in Separators)
        {
            var reader = new ContactRecordReader(utf8, separator);
            try
            {
                var file = reader.Read();
                if (encodingWarnings.Count == 0)
                {
                    return file;
                }

                return file with { Warnings = [.. encodingWarnings.Concat(file.Warnings).OrderBy(w => w.Line)] };
            }
            catch (ContactFileException e) when (reader.HeaderLine is null)
            {
                // Without a header the file may just use another separator; the comma's reason is
                // the one to report, because it is by far the most likely separator.
                firstFailure ??= e;
            }
        }

        throw firstFailure!;
    }
}
