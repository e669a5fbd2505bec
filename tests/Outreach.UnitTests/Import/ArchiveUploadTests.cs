using Outreach.Problems;
using Outreach.TestFixtures;

namespace Outreach.UnitTests.Import;

public sealed class ArchiveUploadTests
{
    private const string Connections = "\uFEFFNotes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n"
        + ContactCsv.LinkedInHeader + "\r\n"
        + "Jane,Doe,https://www.linkedin.com/in/jane-doe,,\"Foote, Cone & Belding\",Creative Director,12 Mar 2024\r\n";

    [Fact]
    public void TheWholeArchiveIsReadAndEveryEntryIsListed()
    {
        var zip = new ZipBuilder()
            .Add("Connections.csv", Connections)
            .Add("Positions.csv", ZipBuilder.PositionsCsv)
            .Add("Profile.csv", ZipBuilder.ProfileCsv)
            .Add("messages.csv", ZipBuilder.MessagesCsv)
            .Add("Jobs/Saved Jobs.csv", "Saved Date,Job Url\n")
            .ToArray();

        var upload = UploadReader.Read("Basic_LinkedInDataExport_11-28-2026.zip", zip);

        Assert.Equal(
            [("Connections.csv", ImportFileKind.Connections, 1), ("Positions.csv", ImportFileKind.Positions, 2), ("Profile.csv", ImportFileKind.Profile, 1), ("messages.csv", ImportFileKind.Messages, 1), ("Jobs/Saved Jobs.csv", ImportFileKind.Ignored, 0)],
            upload.Files.Select(f => (f.Name, f.ReadAs, f.Rows)));
        Assert.Equal("Jane", Assert.Single(upload.Connections!.Rows).FirstName);
        Assert.Equal(2, upload.Positions!.Count);
    }

    [Fact]
    public void AZipBombIsRefusedBeforeItIsUnpacked()
    {
        var zip = new ZipBuilder().Add("Connections.csv", new byte[50 * 1024 * 1024]).ToArray();

        var refused = Assert.Throws<ImportFileException>(() => UploadReader.Read("bomb.zip", zip));

        Assert.Equal(400, refused.Status);
        Assert.Contains("ZIP bomb", refused.Detail, StringComparison.Ordinal);
        Assert.Equal("Connections.csv", refused.Extensions!["file"]);
    }

    [Fact]
    public void AnEntryThatUnpacksToFarMoreThanItsHeaderSaysIsRefusedWhileReading()
    {
        var zip = new ZipBuilder().Add("Connections.csv", new byte[5 * 1024 * 1024]).ToArray();
        var forged = ForgeUncompressedSize(zip, 1000);

        var refused = Assert.ThrowsAny<ApiProblemException>(() => UploadReader.Read("forged.zip", forged));

        Assert.Equal(400, refused.Status);
    }

    [Fact]
    public void AnArchiveOfFiveThousandEntriesIsTooLarge()
    {
        var builder = new ZipBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            builder.Add($"f{i}.txt", "x");
        }

        var refused = Assert.Throws<ImportFileException>(() => UploadReader.Read("many.zip", builder.ToArray()));

        Assert.Equal(413, refused.Status);
        Assert.Contains("5,000 files", refused.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ATruncatedArchiveIsRefusedAsBroken()
    {
        var zip = new ZipBuilder().Add("Connections.csv", Connections).Add("Positions.csv", ZipBuilder.PositionsCsv).ToArray();

        var refused = Assert.Throws<ImportFileException>(() => UploadReader.Read("export.zip", zip.AsMemory(0, zip.Length / 2)));

        Assert.Equal(400, refused.Status);
        Assert.Contains("broken or incomplete", refused.Detail, StringComparison.Ordinal);
        Assert.Equal("export.zip", refused.Extensions!["file"]);
    }

    [Fact]
    public void ABrokenCsvInTheArchiveNamesTheFileAndTheLine()
    {
        var broken = ContactCsv.LinkedInHeader + "\nJane,Doe,,,\"Acme,Director,12 Mar 2024\n";
        var zip = new ZipBuilder().Add("Positions.csv", ZipBuilder.PositionsCsv).Add("LinkedIn Export/Connections.csv", broken).ToArray();

        var refused = Assert.Throws<ImportFileException>(() => UploadReader.Read("export.zip", zip));

        Assert.Equal("LinkedIn Export/Connections.csv", refused.Extensions!["file"]);
        Assert.Equal(2, refused.Extensions["line"]);
        Assert.StartsWith("LinkedIn Export/Connections.csv: Line 2", refused.Detail, StringComparison.Ordinal);
    }

    // Sets the uncompressed size the local and central headers declare for every entry.
    private static byte[] ForgeUncompressedSize(byte[] zip, uint size)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034b50)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), size);
            }
            else if (signature == 0x02014b50)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), size);
            }
        }

        return bytes;
    }
}
