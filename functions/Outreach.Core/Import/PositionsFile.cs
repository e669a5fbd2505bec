using Outreach.Career;

namespace Outreach.Import;

/// <summary>
/// LinkedIn's Positions.csv, the user's own career: <c>Company Name, Title, Description, Location, Started On,
/// Finished On</c>. Only company, title and the months are kept; description and location are not.
/// </summary>
internal static class PositionsFile
{
    /// <summary>More than any real career; keeps the stored list far below a row's limits.</summary>
    public const int MaxPositions = 100;

    /// <summary>The stored list's JSON, well inside one column of the summary row.</summary>
    public const int MaxStoredChars = 16 * 1024;

    public static readonly string[] Columns = ["company name", "title", "started on", "finished on"];

    public static bool IsHeader(IReadOnlyList<string> header) => Columns.All(header.Contains);

    public static (List<Position> Positions, List<FileIssue> Rejected) Read(CsvTable table, string file)
    {
        var company = table.Column("company name");
        var title = table.Column("title");
        var started = table.Column("started on");
        var finished = table.Column("finished on");
        return table.ReadRecords(file, (CsvRecord record, int count, out Position? position)
            => Reject(record, company, title, started, finished, count, out position));
    }

    private static string? Reject(CsvRecord record, int company, int title, int started, int finished, int count, out Position? position)
    {
        position = null;
        var name = record.Cell(company);
        var role = record.Cell(title);
        if (name is null)
        {
            return "The position has no Company Name.";
        }

        if (name.Length > ImportLimits.MaxFieldLength || role?.Length > ImportLimits.MaxFieldLength)
        {
            return $"Company Name and Title may hold at most {ImportLimits.MaxFieldLength} characters.";
        }

        if (count >= MaxPositions)
        {
            return $"Only the first {MaxPositions} positions are read.";
        }

        var from = CareerMonth.Parse(record.Cell(started), isEnd: false);
        if (from is null)
        {
            return $"Started On '{record.Cell(started)}' is not a date like 'Mar 2015' or '2015'.";
        }

        string? to = null;
        if (record.Cell(finished) is { } end && (to = CareerMonth.Parse(end, isEnd: true)) is null)
        {
            return $"Finished On '{end}' is not a date like 'Mar 2015' or '2015' (leave it empty for a current position).";
        }

        position = new Position(name, role, from, to);
        return null;
    }
}
