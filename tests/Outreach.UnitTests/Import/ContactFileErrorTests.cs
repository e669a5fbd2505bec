using System.IO.Compression;
using System.Text;
using Outreach.Problems;

namespace Outreach.UnitTests.Import;

public sealed class ContactFileErrorTests
{
    private static readonly byte[] PngStart = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public void ErrorIsA400ProblemThatCarriesTheLine()
    {
        ApiProblemException error = ContactCsv.Fails(ContactCsv.LinkedInHeader + "\nJane,Do\"e,,,,,12 Mar 2024\n");

        Assert.Equal(400, error.Status);
        Assert.Equal("The file cannot be imported.", error.Title);
        Assert.Equal(2, error.Extensions!["line"]);
    }

    [Fact]
    public void ReaderRefusesPngImage()
    {
        var error = ContactCsv.Fails(PngStart);

        Assert.Equal(1, error.Line);
        Assert.Contains("PNG", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderRefusesZipArchiveAndPointsToConnectionsCsv()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("Connections.csv").Open());
            entry.Write(ContactCsv.LinkedInHeader);
        }

        var error = ContactCsv.Fails(zip.ToArray());

        Assert.Equal(1, error.Line);
        Assert.Contains("Connections.csv", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderRefusesNulBytesAndNamesTheirLine()
    {
        var bytes = ContactCsv.Concat(Encoding.UTF8.GetBytes(ContactCsv.LinkedInHeader + "\r\nJane,Doe,,,,,12 Mar 2024\r\nJo"), [0x00, 0x00], Encoding.UTF8.GetBytes("hn\r\n"));

        var error = ContactCsv.Fails(bytes);

        Assert.Equal(3, error.Line);
        Assert.Contains("binary", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderRefusesUnknownBinaryThatIsNotUtf8()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("a,b\nc,d\n"), 0x9F, 0x01, 0xC3, 0x02, 0xFF];

        Assert.Equal(3, ContactCsv.Fails(bytes).Line);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0x0D, 0x0A, 0x20, 0x0D, 0x0A })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    public void ReaderRefusesEmptyFile(byte[] bytes)
    {
        var error = ContactCsv.Fails(bytes);

        Assert.Equal(1, error.Line);
        Assert.Equal("The file is empty.", error.Detail);
    }

    [Fact]
    public void ReaderRefusesFileWithoutHeaderAndSaysWhichColumnsItExpects()
    {
        var error = ContactCsv.Fails("Jane,Doe,https://www.linkedin.com/in/janedoe,,Acme,CEO,12 Mar 2024\nJohn,Roe,,,,,1 Jan 2020\n");

        Assert.Equal(1, error.Line);
        Assert.Contains("First Name", error.Detail, StringComparison.Ordinal);
        Assert.Contains("Connected On", error.Detail, StringComparison.Ordinal);
        Assert.Contains("E-mail Address", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderRefusesHeaderWithNameButNoEmailOrProfileColumn()
        => ContactCsv.Fails("First Name,Last Name,Phone\nJane,Doe,123\n");

    [Fact]
    public void ReaderRefusesHeaderFoundOnlyAfterTheSearchLimit()
    {
        var preamble = string.Concat(Enumerable.Repeat("note\n", ContactFileReader.HeaderSearchLimit));

        ContactCsv.Fails(preamble + ContactCsv.LinkedInHeader + "\nJane,Doe,,,,,12 Mar 2024\n");
    }

    [Fact]
    public void ReaderRefusesUnterminatedQuoteAtEndOfFileAndNamesTheLineWhereItOpened()
    {
        var text = ContactCsv.QuotedNotes + "\n" + ContactCsv.LinkedInHeader + "\n"
            + "Jane,Doe,,,,,12 Mar 2024\n"
            + "John,Roe,,,\"Acme, Inc.,CEO,1 Jan 2020\n"
            + "Ada,Lovelace,,,,,2 Feb 2021\n"
            + "Bob,Smith,,,,,3 Mar 2022\n";

        var error = ContactCsv.Fails(text);

        Assert.Equal(6, error.Line);
        Assert.Contains("never closed", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderNamesTheLineOfAnUnclosedQuoteThatFollowsAMultiLineField()
    {
        var text = ContactCsv.LinkedInHeader + "\n"
            + "Jane,Doe,,,\"Acme\nEurope\",\"CEO,12 Mar 2024\n"
            + "John,Roe,,,,,1 Jan 2020\n";

        Assert.Equal(3, ContactCsv.Fails(text).Line);
    }

    [Fact]
    public void ReaderRefusesUnterminatedQuoteInTheHeader()
        => Assert.Equal(1, ContactCsv.Fails("First Name,Last Name,\"Email Address\nJane,Doe,jane@example.com\n").Line);

    [Fact]
    public void ReaderRefusesTextAfterClosingQuoteAndNamesItsPhysicalLineAfterAMultiLineField()
    {
        var text = ContactCsv.QuotedNotes + "\n" + ContactCsv.LinkedInHeader + "\n"
            + "Ada,Lovelace,,,Acme,\"Founder\nAdvisor\",1 Jan 2020\n"
            + "Jane,\"The Boss\" Doe,,,Acme,CEO,12 Mar 2024\n";

        var error = ContactCsv.Fails(text);

        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void ReaderRefusesStrayQuoteInsideUnquotedValue()
    {
        var error = ContactCsv.Fails(ContactCsv.LinkedInHeader + "\nJane,Doe,,,,,12 Mar 2024\nDwayne,The \"Rock\" Johnson,,,,,12 Mar 2024\n");

        Assert.Equal(3, error.Line);
        Assert.Contains("quote", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderRefusesLongFileWithBrokenQuoteAtTheEnd()
    {
        var rows = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"First{i},Last{i},,,,,12 Mar 2024\n"));

        var error = ContactCsv.Fails(ContactCsv.LinkedInHeader + "\n" + rows + "Jane,\"Doe,,,,,12 Mar 2024\n");

        Assert.Equal(5_002, error.Line);
    }
}
