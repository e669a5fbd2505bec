using System.IO.Compression;

namespace Outreach.Import;

/// <summary>
/// Reads a ZIP upload in memory, never onto disk. The limits are checked against the sizes the archive
/// declares before anything is unpacked, and again against the bytes actually unpacked, because a
/// crafted archive can declare anything.
/// </summary>
internal sealed class ZipUpload : IDisposable
{
    private readonly ZipArchive _archive;
    private long _unpacked;

    private ZipUpload(ZipArchive archive) => _archive = archive;

    /// <summary>The file entries (not folders), in archive order.</summary>
    public IReadOnlyList<ZipArchiveEntry> Entries { get; private init; } = [];

    public static bool IsZip(ReadOnlySpan<byte> content)
        => content.StartsWith("PK\u0003\u0004"u8) || content.StartsWith("PK\u0005\u0006"u8);

    public static ZipUpload Open(ReadOnlyMemory<byte> content, string name)
    {
        ZipArchive archive;
        IReadOnlyList<ZipArchiveEntry> entries;
        try
        {
            archive = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            entries = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
        }
        catch (InvalidDataException ex)
        {
            throw new ImportFileException(name, null, $"the ZIP archive is broken or incomplete ({ex.Message.TrimEnd('.')}). Download the export again and upload it whole.");
        }

        var upload = new ZipUpload(archive) { Entries = entries };
        try
        {
            upload.CheckDeclaredSizes(name);
            return upload;
        }
        catch
        {
            upload.Dispose();
            throw;
        }
    }

    /// <summary>The entry's bytes, counted as they are unpacked.</summary>
    public ReadOnlyMemory<byte> Read(ZipArchiveEntry entry)
    {
        var ratioLimit = Math.Max(ArchiveLimits.RatioCheckedFromBytes, entry.CompressedLength * ArchiveLimits.MaxCompressionRatio);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                _unpacked += read;
                if (_unpacked > ArchiveLimits.MaxUnpackedBytes)
                {
                    throw TooMuchUnpacked(entry.FullName);
                }

                if (buffer.Length + read > ratioLimit)
                {
                    throw Bomb(entry.FullName);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new ImportFileException(entry.FullName, null, $"this entry of the ZIP archive is damaged ({ex.Message.TrimEnd('.')}). Download the export again.");
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    public void Dispose() => _archive.Dispose();

    private void CheckDeclaredSizes(string name)
    {
        if (Entries.Count > ArchiveLimits.MaxEntries)
        {
            throw new ImportFileException(name, null, $"the ZIP archive holds {Entries.Count:N0} files; at most {ArchiveLimits.MaxEntries:N0} are read. Upload LinkedIn's export as it came, or only its CSV files.", 413);
        }

        long declared = 0;
        foreach (var entry in Entries)
        {
            declared += entry.Length;
            if (entry.Length > ArchiveLimits.RatioCheckedFromBytes && entry.Length > entry.CompressedLength * ArchiveLimits.MaxCompressionRatio)
            {
                throw Bomb(entry.FullName);
            }
        }

        if (declared > ArchiveLimits.MaxUnpackedBytes)
        {
            throw TooMuchUnpacked(name);
        }
    }

    private static ImportFileException TooMuchUnpacked(string name)
        => new(name, null, $"unpacked, the ZIP archive would take more than {ArchiveLimits.MaxUnpackedBytes / (1024 * 1024)} MB. Upload only the CSV files you need (Connections.csv, Positions.csv).", 413);

    private static ImportFileException Bomb(string name)
        => new(name, null, $"this entry unpacks to more than {ArchiveLimits.MaxCompressionRatio} times its packed size, which no CSV export does; the archive is refused as a possible ZIP bomb.");
}
