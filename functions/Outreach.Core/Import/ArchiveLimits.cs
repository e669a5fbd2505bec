namespace Outreach.Import;

/// <summary>What an uploaded ZIP may hold. LinkedIn's complete export is a few dozen CSVs of a few MB.</summary>
public static class ArchiveLimits
{
    public const int MaxEntries = 1_000;

    /// <summary>All entries together, unpacked.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    /// <summary>
    /// Unpacked to packed. Text compresses about 3 to 10 times; runs of empty rows more, but only in
    /// small files, so the ratio is judged from <see cref="RatioCheckedFromBytes"/> on.
    /// </summary>
    public const int MaxCompressionRatio = 100;

    public const long RatioCheckedFromBytes = 1024 * 1024;
}
