using System.Text;

namespace Outreach.UnitTests.Import;

public sealed class LinkedInConnectionsTests
{
    private const string Jane = "Jane,Doe,https://www.linkedin.com/in/janedoe,,\"Acme, Inc.\",Creative Director,12 Mar 2024";

    [Fact]
    public void ReaderFindsHeaderAfterQuotedNotesPreamble()
    {
        var file = ContactCsv.Read(ContactCsv.QuotedNotes + "\n" + ContactCsv.LinkedInHeader + "\n" + Jane + "\n");

        Assert.Equal(ContactFileFormat.LinkedIn, file.Format);
        var row = Assert.Single(file.Rows);
        Assert.Equal(5, row.Line);
        Assert.Equal("Jane", row.FirstName);
        Assert.Equal("Doe", row.LastName);
        Assert.Equal("https://www.linkedin.com/in/janedoe", row.ProfileUrl);
        Assert.Empty(row.Emails);
        Assert.Equal("Acme, Inc.", row.Company);
        Assert.Equal("Creative Director", row.Position);
        Assert.Equal(new DateOnly(2024, 3, 12), row.ConnectedOn);
        Assert.Empty(file.Rejected);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void ReaderFindsHeaderAfterQuotedNotesPreambleWithTwoBlankLines()
    {
        var file = ContactCsv.Read(ContactCsv.QuotedNotes + "\n\n" + ContactCsv.LinkedInHeader + "\n" + Jane + "\n");

        Assert.Equal(6, Assert.Single(file.Rows).Line);
    }

    [Fact]
    public void ReaderFindsHeaderAfterUnquotedNotesPreambleEvenWithStrayQuotes()
    {
        const string notes = "Notes:\nWhen exporting your connection data, you may notice that some of the email addresses are missing. Use the \"Who can download your email\" setting, or learn more here https://www.linkedin.com/help/linkedin/answer/261\n\n";

        var file = ContactCsv.Read(notes + ContactCsv.LinkedInHeader + "\n" + Jane + "\n");

        var row = Assert.Single(file.Rows);
        Assert.Equal(5, row.Line);
        Assert.Equal("Acme, Inc.", row.Company);
    }

    [Fact]
    public void ReaderReadsExportWithoutPreamble()
    {
        var file = ContactCsv.Read(ContactCsv.LinkedInHeader + "\n" + Jane + "\n");

        Assert.Equal(2, Assert.Single(file.Rows).Line);
    }

    [Fact]
    public void ReaderReadsExportWithBomAndCrlf()
    {
        var text = (ContactCsv.QuotedNotes + "\n" + ContactCsv.LinkedInHeader + "\n" + Jane + "\nJohn,Roe,,,,,2 Mar 2024\n").ReplaceLineEndings("\r\n");
        var bytes = ContactCsv.Concat([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(text));

        var file = ContactCsv.Read(bytes);

        Assert.Equal(ContactFileFormat.LinkedIn, file.Format);
        Assert.Equal([5, 6], file.Rows.Select(r => r.Line));
        Assert.Equal("Jane", file.Rows[0].FirstName);
        Assert.Equal("Creative Director", file.Rows[0].Position);
        Assert.Equal(new DateOnly(2024, 3, 2), file.Rows[1].ConnectedOn);
    }

    [Fact]
    public void ReaderReadsExportWithCarriageReturnLineEndings()
    {
        var text = (ContactCsv.LinkedInHeader + "\n" + Jane + "\nJohn,Roe,,,,,2 Mar 2024\n").ReplaceLineEndings("\r");

        var file = ContactCsv.Read(text);

        Assert.Equal([2, 3], file.Rows.Select(r => r.Line));
    }

    [Fact]
    public void ReaderReadsOlderExportWithoutUrlColumn()
    {
        const string text = "First Name,Last Name,Email Address,Company,Position,Connected On\nJane,Doe,jane@example.com,Acme,CEO,12 Mar 2014\n";

        var file = ContactCsv.Read(text);

        Assert.Equal(ContactFileFormat.LinkedIn, file.Format);
        var row = Assert.Single(file.Rows);
        Assert.Null(row.ProfileUrl);
        Assert.Equal(["jane@example.com"], row.Emails);
        Assert.Equal("Acme", row.Company);
        Assert.Equal(new DateOnly(2014, 3, 12), row.ConnectedOn);
    }

    [Fact]
    public void ReaderUnquotesCommasAndDoubledQuotes()
    {
        const string row = "Ada,Lovelace,,,\"Stripe, Inc.\",\"Head of \"\"Fun\"\", Europe\",1 Jan 2020";

        var file = ContactCsv.Read(ContactCsv.LinkedInHeader + "\n" + row + "\n");

        Assert.Equal("Stripe, Inc.", file.Rows[0].Company);
        Assert.Equal("Head of \"Fun\", Europe", file.Rows[0].Position);
    }

    [Fact]
    public void ReaderKeepsMultiLineFieldAndCountsPhysicalLinesAfterIt()
    {
        var text = ContactCsv.LinkedInHeader + "\n"
            + "Ada,Lovelace,,,Acme,\"Founder\nAdvisor\r\nBoard member\",1 Jan 2020\n"
            + "Bob,,,,,,not a date\n"
            + ",,,,Orphan Inc.,,\n";

        var file = ContactCsv.Read(text);

        Assert.Equal("Founder\nAdvisor\r\nBoard member", file.Rows[0].Position);
        Assert.Equal([2, 5], file.Rows.Select(r => r.Line));
        Assert.Equal(5, Assert.Single(file.Warnings).Line);
        Assert.Equal(6, Assert.Single(file.Rejected).Line);
    }

    [Theory]
    [InlineData("2 Mar 2024", 2024, 3, 2)]
    [InlineData("12 Mar 2024", 2024, 3, 12)]
    [InlineData("02 Mar 2024", 2024, 3, 2)]
    [InlineData("12 Sep 2011", 2011, 9, 12)]
    [InlineData("2024-03-12", 2024, 3, 12)]
    public void ReaderParsesConnectedOnWithOneOrTwoDigitDaysAndIso(string value, int year, int month, int day)
    {
        var file = ContactCsv.Read(ContactCsv.LinkedInHeader + "\nJane,Doe,,,,," + value + "\n");

        Assert.Equal(new DateOnly(year, month, day), file.Rows[0].ConnectedOn);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void ReaderWarnsAboutUnparseableConnectedOnAndKeepsRow()
    {
        var file = ContactCsv.Read(ContactCsv.LinkedInHeader + "\nJane,Doe,,,,,März 12th\n");

        var row = Assert.Single(file.Rows);
        Assert.Null(row.ConnectedOn);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal(2, warning.Line);
        Assert.Contains("März 12th", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderKeepsRowsWithEmptyEmailsEmptyCompanyAndEmptyUrl()
    {
        var file = ContactCsv.Read(ContactCsv.LinkedInHeader + "\nJane,Doe,,,,,12 Mar 2024\n");

        var row = Assert.Single(file.Rows);
        Assert.Empty(row.Emails);
        Assert.Null(row.ProfileUrl);
        Assert.Null(row.Company);
        Assert.Null(row.Position);
    }

    [Theory]
    [InlineData("太郎", "山田")]
    [InlineData("محمد", "العلي")]
    [InlineData("Иван", "Петров")]
    [InlineData("Jane", "Doe 🚀 | MBA")]
    [InlineData("👩‍💻 Zoë", "O'Brien-Łukasiewicz")]
    public void ReaderKeepsNamesInAnyScriptWithEmojiAndDecorationsAsGiven(string first, string last)
    {
        var file = ContactCsv.Read(ContactCsv.LinkedInHeader + $"\n {first} ,{last},,,,,12 Mar 2024\n");

        Assert.Equal(first, file.Rows[0].FirstName);
        Assert.Equal(last, file.Rows[0].LastName);
    }

    [Fact]
    public void ReaderKeepsSlashesBackslashesHashesAndQuestionMarksInValues()
    {
        var file = ContactCsv.Read(ContactCsv.LinkedInHeader + "\nJane,Doe,,,AC/DC \\ Partners #1,C# / .NET Lead?,12 Mar 2024\n");

        Assert.Equal("AC/DC \\ Partners #1", file.Rows[0].Company);
        Assert.Equal("C# / .NET Lead?", file.Rows[0].Position);
    }

    [Fact]
    public void ReaderNormalisesEmailsAndDropsDuplicates()
    {
        var file = ContactCsv.Read(ContactCsv.LinkedInHeader + "\nJane,Doe,,\" Jane.Doe@Example.COM \",,,12 Mar 2024\n");

        Assert.Equal(["jane.doe@example.com"], file.Rows[0].Emails);
    }

    [Fact]
    public void ReaderWarnsAboutInvalidEmailAndKeepsRowWithoutIt()
    {
        var file = ContactCsv.Read(ContactCsv.LinkedInHeader + "\nJane,Doe,,jane.at.example.com,,,12 Mar 2024\n");

        Assert.Empty(Assert.Single(file.Rows).Emails);
        var warning = Assert.Single(file.Warnings);
        Assert.Equal(2, warning.Line);
        Assert.Contains("jane.at.example.com", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderWarnsAboutNonLinkedInProfileUrlAndKeepsRowWithoutIt()
    {
        var file = ContactCsv.Read(ContactCsv.LinkedInHeader + "\nJane,Doe,https://example.com/in/janedoe,,,,12 Mar 2024\n");

        Assert.Null(Assert.Single(file.Rows).ProfileUrl);
        Assert.Equal(2, Assert.Single(file.Warnings).Line);
    }

    [Fact]
    public void ReaderNormalisesProfileUrl()
    {
        var file = ContactCsv.Read(ContactCsv.LinkedInHeader + "\nJane,Doe,http://de.linkedin.com/in/janedoe/?trk=people,,,,12 Mar 2024\n");

        Assert.Equal("https://www.linkedin.com/in/janedoe", file.Rows[0].ProfileUrl);
    }

    [Fact]
    public void ReaderIgnoresEntirelyEmptyRowsSilently()
    {
        var file = ContactCsv.Read(ContactCsv.LinkedInHeader + "\n,,,,,,\n\n  \nJane,Doe,,,,,12 Mar 2024\n,,\n");

        Assert.Equal(5, Assert.Single(file.Rows).Line);
        Assert.Empty(file.Rejected);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void ReaderRejectsRowWithoutNameEmailOrProfileUrlAndNamesItsLine()
    {
        var file = ContactCsv.Read(ContactCsv.QuotedNotes + "\n" + ContactCsv.LinkedInHeader + "\n" + Jane + "\n,,,,Acme,CEO,12 Mar 2024\n");

        var rejected = Assert.Single(file.Rejected);
        Assert.Equal(6, rejected.Line);
        Assert.Contains("no name", rejected.Reason, StringComparison.Ordinal);
        Assert.Single(file.Rows);
    }

    [Fact]
    public void ReaderKeepsRowWithOnlyAProfileUrl()
    {
        var file = ContactCsv.Read(ContactCsv.LinkedInHeader + "\n,,https://www.linkedin.com/in/anon,,,,12 Mar 2024\n");

        Assert.Equal("url:https://www.linkedin.com/in/anon", Assert.Single(file.Rows).IdentityKey);
    }

    [Fact]
    public void ReaderIgnoresFieldsBeyondTheHeaderAndReadsShortRecords()
    {
        var file = ContactCsv.Read(ContactCsv.LinkedInHeader + "\nJane,Doe,,,Acme,CEO,12 Mar 2024,extra,more\nJohn,Roe\n");

        Assert.Equal(["Acme", null], file.Rows.Select(r => r.Company));
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void ReaderSkipsHeaderRepeatedByJoinedExports()
    {
        var text = ContactCsv.LinkedInHeader + "\n" + Jane + "\n" + ContactCsv.LinkedInHeader + "\nJohn,Roe,,,,,2 Mar 2024\n";

        var file = ContactCsv.Read(text);

        Assert.Equal(["Jane", "John"], file.Rows.Select(r => r.FirstName));
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public async Task ReaderReadsAsyncFromANonSeekableStream()
    {
        var bytes = Encoding.UTF8.GetBytes(ContactCsv.LinkedInHeader + "\n" + Jane + "\n");
        await using var stream = new BufferedStream(new MemoryStream(bytes), 16);

        var file = await ContactFileReader.ReadAsync(stream);

        Assert.Equal("Jane", Assert.Single(file.Rows).FirstName);
    }

    [Fact]
    public void ReaderReadsAMemoryStreamFromItsPosition()
    {
        var bytes = Encoding.UTF8.GetBytes("junk to skip" + ContactCsv.LinkedInHeader + "\n" + Jane + "\n");
        using var stream = new MemoryStream();
        stream.Write(bytes);
        stream.Position = "junk to skip".Length;

        var file = ContactFileReader.Read(stream);

        Assert.Equal(2, Assert.Single(file.Rows).Line);
    }
}
