using System.Text;

namespace Outreach.UnitTests.Import;

public sealed class ContactFileEncodingTests
{
    private const string Text = ContactCsv.LinkedInHeader + "\r\nJürgen,Müller 🚀,,,Café Größe,Straße & Co €,12 Mar 2024\r\n";

    [Fact]
    public void ReaderDecodesUtf8WithoutBom()
        => AssertDecoded(Encoding.UTF8.GetBytes(Text));

    [Fact]
    public void ReaderDecodesUtf8WithBom()
        => AssertDecoded(ContactCsv.Concat([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(Text)));

    [Fact]
    public void ReaderDecodesUtf16LittleEndianWithBom()
        => AssertDecoded(ContactCsv.Concat(Encoding.Unicode.GetPreamble(), Encoding.Unicode.GetBytes(Text)));

    [Fact]
    public void ReaderDecodesUtf16BigEndianWithBom()
        => AssertDecoded(ContactCsv.Concat(Encoding.BigEndianUnicode.GetPreamble(), Encoding.BigEndianUnicode.GetBytes(Text)));

    [Fact]
    public void ReaderDecodesWindows1252WhenBytesAreNotUtf8()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Text.Replace(" 🚀", string.Empty, StringComparison.Ordinal));

        var row = Assert.Single(ContactCsv.Read(bytes).Rows);

        Assert.Equal(("Jürgen", "Müller"), (row.FirstName, row.LastName));
        Assert.Equal("Straße & Co €", row.Position);
    }

    [Fact]
    public void ReaderReplacesBrokenBytesOfAFileMarkedUtf8AndWarnsWithTheLine()
    {
        var bytes = ContactCsv.Concat(
            [0xEF, 0xBB, 0xBF],
            Encoding.UTF8.GetBytes(ContactCsv.LinkedInHeader + "\nJane,Doe,,,,,12 Mar 2024\nJ"),
            [0xFC],
            Encoding.UTF8.GetBytes("rgen,M,,,,,12 Mar 2024\n"));

        var file = ContactCsv.Read(bytes);

        Assert.Equal("J\uFFFDrgen", file.Rows[1].FirstName);
        Assert.Equal(3, Assert.Single(file.Warnings).Line);
    }

    private static void AssertDecoded(byte[] bytes)
    {
        var row = Assert.Single(ContactCsv.Read(bytes).Rows);

        Assert.Equal(2, row.Line);
        Assert.Equal(("Jürgen", "Müller 🚀"), (row.FirstName, row.LastName));
        Assert.Equal("Café Größe", row.Company);
        Assert.Equal("Straße & Co €", row.Position);
        Assert.Equal(new DateOnly(2024, 3, 12), row.ConnectedOn);
    }
}
