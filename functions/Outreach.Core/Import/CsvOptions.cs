using CsvHelper;

namespace Outreach.Import;

/// <summary>How every CSV of an upload is parsed: records by hand, line numbers kept, quoted line breaks allowed.</summary>
internal static class CsvOptions
{
    /// <summary>
    /// Malformed records are recovered and handed to <paramref name="onMalformed"/>, so the reader judges them
    /// itself: broken quoting in LinkedIn's notes above a header is harmless, the same below it is not.
    /// </summary>
    public static CsvReaderOptions For(char separator, Action<CsvMalformedRecord> onMalformed) => CsvReaderOptions.Default with
    {
        HasHeader = false,
        Separator = separator,
        DetectSeparatorHint = false,
        TrackLineNumbers = true,
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = true,
        MalformedData = CsvMalformedDataHandling.Recover,
        OnMalformedRecord = record => onMalformed(record),
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
    };
}
