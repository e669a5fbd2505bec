namespace Outreach.Import;

/// <summary>Line numbers in UTF-8 text, counted as CsvHelper counts them: CR, LF and CR LF each end one line.</summary>
internal static class LineBreaks
{
    /// <summary>The 1-based line that the byte at <paramref name="offset"/> is on.</summary>
    public static int LineAt(ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)Math.Clamp(offset, 0, utf8.Length)];
        var breaks = before.Count((byte)'\n') + before.Count((byte)'\r') - before.Count("\r\n"u8);
        return breaks + 1;
    }
}
