using CsvHelper;

namespace Outreach.Import;

/// <summary>
/// One pass of CsvHelper over the decoded file with one separator: finds the header by its column
/// names, then turns every later record into a row, a rejection or nothing (blank records).
/// </summary>
internal sealed class ContactRecordReader(ReadOnlyMemory<byte> utf8, char separator)
{
    private CsvMalformedRecord? _malformed;

    /// <summary>The line of the header once it has been found; null while the file may not be this reader's shape.</summary>
    public int? HeaderLine { get; private set; }

    public ContactFile Read()
    {
        var options = CsvOptions.For(separator, record => _malformed ??= record);

        using var csv = CsvReader.Create(utf8, options);
        var columns = FindHeader(csv);
        var rows = new List<ContactRow>();
        var rejected = new List<ImportIssue>();
        var warnings = new List<ImportIssue>();
        while (csv.Read())
        {
            if (TakeMalformed() is { } broken)
            {
                throw BrokenQuoting(csv, broken);
            }

            if (!IsHeaderAgain(csv, columns))
            {
                ContactRowBuilder.Add(csv, columns, checked((int)csv.LineNumber), rows, rejected, warnings);
            }
        }

        return new ContactFile(columns.Format, rows, rejected, warnings);
    }

    private ContactColumns FindHeader(CsvReader csv)
    {
        for (var record = 0; record < ContactFileReader.HeaderSearchLimit && csv.Read(); record++)
        {
            var broken = TakeMalformed();
            var cells = new string[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i);
            }

            if (ContactColumns.Recognize(cells) is { } columns)
            {
                HeaderLine = checked((int)csv.LineNumber);
                return broken is { } headerBroken ? throw BrokenQuoting(csv, headerBroken) : columns;
            }

            // An unclosed quote swallows the rest of the file, so no header can follow it.
            if (broken is { Reason: CsvMalformedReason.UnterminatedQuote } unclosed)
            {
                throw BrokenQuoting(csv, unclosed);
            }
        }

        throw new ContactFileException(1, $"No header row found in the first {ContactFileReader.HeaderSearchLimit} records. Expected {ContactColumns.Expected}.");
    }

    // Two exports pasted into one file repeat the header; as a row it would be a person named "First Name".
    private static bool IsHeaderAgain(CsvReader csv, ContactColumns columns)
    {
        var header = columns.Header;
        if (csv.FieldCount != header.Count)
        {
            return false;
        }

        for (var i = 0; i < header.Count; i++)
        {
            if (!string.Equals(csv.GetString(i).Trim(), header[i].Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private CsvMalformedRecord? TakeMalformed()
    {
        var taken = _malformed;
        _malformed = null;
        return taken;
    }

    private ContactFileException BrokenQuoting(CsvReader csv, CsvMalformedRecord broken)
    {
        var recordLine = checked((int)broken.LineNumber);
        switch (broken.Reason)
        {
            case CsvMalformedReason.UnterminatedQuote:
                var line = broken.LineNumber == csv.LineNumber ? UnclosedQuoteLine(csv) : recordLine;
                return new ContactFileException(line, $"Line {line}: a quote opens a value here and is never closed, so the rest of the file would be read as that one value. Close the quote, or double it (\"\") if it is part of the value.");
            case CsvMalformedReason.StrayQuote:
                return new ContactFileException(recordLine, $"Line {recordLine}: a quote (\") stands inside a value that does not start with a quote. Put the whole value in quotes and double the quote inside it (\"\").");
            case CsvMalformedReason.TextAfterClosingQuote:
                return new ContactFileException(recordLine, $"Line {recordLine}: text follows the closing quote of a quoted value. A quote inside a quoted value must be doubled (\"\"); a quote left open further up can cause this too.");
            default:
                return new ContactFileException(recordLine, $"Line {recordLine}: the quoting of this record is broken ({broken.Reason}).");
        }
    }

    // CsvHelper reports the end of the input as the place of an unclosed quote. The unclosed
    // field is the record's last one and runs to the end, so its raw length tells where it opened.
    private int UnclosedQuoteLine(CsvReader csv)
    {
        var lastField = csv.GetRawSpan(csv.FieldCount - 1).Length;
        var quoteOffset = csv.ByteOffset + csv.RawRecord.Length - lastField;
        return LineBreaks.LineAt(utf8.Span, quoteOffset);
    }
}
