using CsvHelper;

namespace Outreach.Import;

/// <summary>
/// A CSV whose first record is its header (Positions.csv, Profile.csv, messages.csv): the header's
/// names, folded like contact columns, and each later record with the line it starts on.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRecord> records)
    {
        Header = header;
        Records = records;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRecord> Records { get; }

    /// <summary>The header's names in a comparable form: trimmed, lower case, runs of spaces as one.</summary>
    public static IReadOnlyList<string> HeaderOf(ReadOnlyMemory<byte> utf8)
        => Read(utf8, headerOnly: true, file: string.Empty).Header;

    public static CsvTable Read(ReadOnlyMemory<byte> utf8, string file) => Read(utf8, headerOnly: false, file);

    public int Column(string name) => Header.ToList().IndexOf(name);

    /// <summary>
    /// Every record that is not blank, read by <paramref name="reject"/>: it gets the record and how many were
    /// read so far, and gives the reason it rejects the record (null with the value read). Rejections name the
    /// file and the line the record starts on.
    /// </summary>
    public (List<T> Values, List<FileIssue> Rejected) ReadRecords<T>(string file, RejectRecord<T> reject)
    {
        var values = new List<T>();
        var rejected = new List<FileIssue>();
        foreach (var record in Records.Where(r => !r.IsBlank))
        {
            if (reject(record, values.Count, out var value) is { } reason)
            {
                rejected.Add(new FileIssue(file, record.Line, reason));
            }
            else
            {
                values.Add(value!);
            }
        }

        return (values, rejected);
    }

    private static CsvTable Read(ReadOnlyMemory<byte> utf8, bool headerOnly, string file)
    {
        CsvMalformedRecord? malformed = null;
        var options = CsvOptions.For(',', record => malformed ??= record);

        using var csv = CsvReader.Create(utf8, options);
        List<string> header = [];
        var records = new List<CsvRecord>();
        while (csv.Read())
        {
            if (malformed is { } broken)
            {
                throw new ImportFileException(file, checked((int)broken.LineNumber), $"line {broken.LineNumber}: the quoting of this record is broken ({broken.Reason}); a quote inside a value must be doubled (\"\").");
            }

            var cells = new string[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i);
            }

            if (header.Count == 0)
            {
                header = cells.Select(Key).ToList();
                if (headerOnly)
                {
                    break;
                }
            }
            else
            {
                records.Add(new CsvRecord(checked((int)csv.LineNumber), cells));
            }
        }

        return new CsvTable(header, records);
    }

    private static string Key(string cell)
        => string.Join(' ', cell.Trim().Trim('\uFEFF').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
