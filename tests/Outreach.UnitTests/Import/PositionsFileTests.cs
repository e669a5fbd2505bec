using System.Text;
using Outreach.Career;
using Outreach.TestFixtures;

namespace Outreach.UnitTests.Import;

public sealed class PositionsFileTests
{
    [Fact]
    public void PositionsWithCommaCompanyAndMultiLineDescriptionAreReadWithBomAndCrLf()
    {
        var upload = UploadReader.Read("Positions.csv", Encoding.UTF8.GetBytes(ZipBuilder.PositionsCsv));

        Assert.Equal(
            [new Position("Foote, Cone & Belding GmbH", "Art Director", "2015-03", "2018-06"), new Position("Goodby Silverstein & Partners", "Creative Director", "2019-01", null)],
            upload.Positions);
        var file = Assert.Single(upload.Files);
        Assert.Equal(new ImportedFile("Positions.csv", ImportFileKind.Positions, 2, []), file with { Rejected = [] });
        Assert.Empty(file.Rejected);
        Assert.Null(upload.Connections);
    }

    [Fact]
    public void PositionsWithLfOnlyAndWithoutBomAreRecognisedByTheirHeaderWhateverTheFileName()
    {
        var lf = ZipBuilder.PositionsCsv.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);

        var upload = UploadReader.Read("my career.csv", Encoding.UTF8.GetBytes(lf));

        Assert.Equal(["2015-03", "2019-01"], upload.Positions!.Select(p => p.From));
        Assert.Equal(ImportFileKind.Positions, Assert.Single(upload.Files).ReadAs);
    }

    [Fact]
    public void APositionWithoutADateIsRejectedByFileAndLineAndTheRestIsRead()
    {
        var csv = "Company Name,Title,Description,Location,Started On,Finished On\n"
            + "FCB,Art Director,\"two\nlines\",Hamburg,Mar 2015,Jun 2018\n"
            + "BBDO,Intern,,,sometime,\n"
            + ",No Company,,,2010,2011\n";

        var upload = UploadReader.Read("Positions.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal("FCB", Assert.Single(upload.Positions!).Company);
        var file = Assert.Single(upload.Files);
        Assert.Equal([4, 5], file.Rejected.Select(r => r.Line));
        Assert.All(file.Rejected, r => Assert.Equal("Positions.csv", r.File));
        Assert.Contains("'sometime'", file.Rejected[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ProfileAndMessagesAloneAreRecognisedByTheirHeader()
    {
        var profile = UploadReader.Read(null, Encoding.UTF8.GetBytes(ZipBuilder.ProfileCsv));
        var messages = UploadReader.Read(null, Encoding.UTF8.GetBytes(ZipBuilder.MessagesCsv));

        Assert.Equal(new ImportedFile("Profile.csv", ImportFileKind.Profile, 1, []), Assert.Single(profile.Files) with { Rejected = [] });
        var note = Assert.Single(messages.Files);
        Assert.Equal(ImportFileKind.Messages, note.ReadAs);
        Assert.Equal("messages.csv", note.Name);

        // One conversation of two people alone does not tell which of them is the user.
        Assert.Contains("which participant is you", note.Note, StringComparison.Ordinal);
        Assert.Null(messages.Messages);
        Assert.Null(messages.Connections);
        Assert.Null(messages.Positions);
    }
}
