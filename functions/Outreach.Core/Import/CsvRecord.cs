namespace Outreach.Import;

/// <summary>One record of a <see cref="CsvTable"/>: the line it starts on and its cells.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The trimmed cell, or null when the column is missing or the cell empty.</summary>
    public string? Cell(int column)
        => column >= 0 && column < Cells.Count && Cells[column].Trim() is { Length: > 0 } value ? value : null;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
