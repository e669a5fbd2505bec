using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Outreach.Import;

/// <summary>
/// Turns the bytes of an uploaded file into UTF-8 without a byte order mark (what CsvHelper parses
/// fastest, in place), or refuses them when they are not text.
/// </summary>
internal static class ContactFileText
{
    // C0 controls other than tab, LF, VT, FF and CR never occur in a text export; NUL is the
    // classic sign of binary data or of UTF-16 without a byte order mark.
    private static readonly SearchValues<byte> BinaryBytes = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    private static readonly SearchValues<byte> Blank = SearchValues.Create(" \t\r\n\v\f"u8);

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly (byte[] Magic, string Message)[] KnownBinaryFormats =
    [
        ("PK\u0003\u0004"u8.ToArray(), "This is a ZIP archive, not a CSV file. If it is the LinkedIn export, unpack it and choose Connections.csv; if it is an Excel workbook, save it as CSV first."),
        ("PK\u0005\u0006"u8.ToArray(), "This is an empty ZIP archive, not a CSV file."),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "This is a PNG image, not a CSV file."),
        ([0xFF, 0xD8, 0xFF], "This is a JPEG image, not a CSV file."),
        ("GIF8"u8.ToArray(), "This is a GIF image, not a CSV file."),
        ("%PDF-"u8.ToArray(), "This is a PDF document, not a CSV file."),
        ([0xD0, 0xCF, 0x11, 0xE0], "This is an old Excel (.xls) or Office document, not a CSV file. Save it as CSV first."),
    ];

    public static ReadOnlyMemory<byte> ToUtf8(ReadOnlyMemory<byte> content, ICollection<ImportIssue> warnings)
    {
        var bytes = content.Span;
        foreach (var (magic, message) in KnownBinaryFormats)
        {
            if (bytes.StartsWith(magic))
            {
                throw new ContactFileException(1, message);
            }
        }

        var utf8 = Decode(content, warnings);
        var span = utf8.Span;
        if (span.IndexOfAnyExcept(Blank) < 0)
        {
            throw new ContactFileException(1, "The file is empty.");
        }

        var binary = span.IndexOfAny(BinaryBytes);
        if (binary >= 0)
        {
            var line = LineBreaks.LineAt(span, binary);
            throw new ContactFileException(line, $"Line {line} holds binary data (a control character such as NUL), so this is not a CSV text file. Export the contacts as CSV (UTF-8) and try again.");
        }

        return utf8;
    }

    private static ReadOnlyMemory<byte> Decode(ReadOnlyMemory<byte> content, ICollection<ImportIssue> warnings)
    {
        var bytes = content.Span;
        if (bytes.StartsWith(Utf8Bom))
        {
            var body = content[3..];
            return Utf8.IsValid(body.Span) ? body : RepairUtf8(body, warnings);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Transcode(Encoding.Unicode, content[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Transcode(Encoding.BigEndianUnicode, content[2..]);
        }

        // Windows-1252 maps every byte, so binary input would pass as text. Bytes with a NUL stay
        // as they are, for the control-byte check to refuse with the line they are on.
        if (Utf8.IsValid(bytes) || bytes.Contains((byte)0))
        {
            return content;
        }

        return Transcode(CodePagesEncodingProvider.Instance.GetEncoding(1252)!, content);
    }

    private static ReadOnlyMemory<byte> Transcode(Encoding from, ReadOnlyMemory<byte> content)
        => Encoding.UTF8.GetBytes(from.GetString(content.Span));

    // The file says it is UTF-8 but is not quite: keep what is readable, replace the rest by U+FFFD
    // and tell where, instead of guessing another encoding for the whole file.
    private static ReadOnlyMemory<byte> RepairUtf8(ReadOnlyMemory<byte> content, ICollection<ImportIssue> warnings)
    {
        var bytes = content.Span;
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
        }

        var line = LineBreaks.LineAt(bytes, offset);
        warnings.Add(new ImportIssue(line, "The file is marked as UTF-8 but holds bytes that are not UTF-8 (first on this line); they were replaced by \uFFFD."));
        return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes));
    }
}
