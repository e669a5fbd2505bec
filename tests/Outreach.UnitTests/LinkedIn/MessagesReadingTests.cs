using Outreach.TestFixtures;

namespace Outreach.UnitTests.LinkedIn;

/// <summary>messages.csv as LinkedIn writes it, read into metadata only.</summary>
public sealed class MessagesReadingTests
{
    private static readonly LinkedInArchive Archive = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void EveryMessageOfTheArchiveIsReadWithNormalisedUrlsAndRepairedNames()
    {
        var upload = UploadReader.Read("export.zip", Archive.Zip());

        var messages = upload.Messages!;
        Assert.Equal(LinkedInArchive.Owner, messages.Owner);
        Assert.Equal(9, messages.Messages.Count);
        var fromJose = messages.Messages.Single(m => m.ConversationId == "2-jose" && m.From != LinkedInArchive.Owner);
        Assert.Equal("José García", fromJose.FromName);
        Assert.Equal("https://www.linkedin.com/in/jose-garcia", fromJose.From);
        Assert.Equal(["https://www.linkedin.com/in/jane-doe", "https://www.linkedin.com/in/anna-alt"], messages.Messages.Single(m => m.ConversationId == "2-group").To);
        Assert.Equal(Archive.DaysAgo(400).ToUnixTimeSeconds(), messages.Messages[0].At.ToUnixTimeSeconds());
        var file = upload.Files.Single(f => f.ReadAs == ImportFileKind.Messages);
        Assert.Equal((9, 0, null), (file.Rows, file.Rejected.Count, file.Note));
    }

    [Fact]
    public void NoMessageTextOrSubjectIsKeptAnywhereInWhatIsRead()
    {
        var upload = UploadReader.Read("export.zip", Archive.Zip());

        var read = System.Text.Json.JsonSerializer.Serialize(upload);
        Assert.DoesNotContain(LinkedInArchive.Marker, read, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowWithoutADateOrSenderIsRejectedWithItsFileAndLineAndTheRestIsRead()
    {
        var csv = "\uFEFFCONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\r\n"
            + "c-1,,Alex,https://www.linkedin.com/in/alex,Jane,https://www.linkedin.com/in/jane,2023-06-11 15:33:58 UTC,,\"two\r\nlines\",INBOX\r\n"
            + $"c-1,,Jane,https://www.linkedin.com/in/jane,Alex,https://www.linkedin.com/in/alex,yesterday,,\"{LinkedInArchive.Marker}\",INBOX\r\n"
            + "c-1,,LinkedIn Member,,Alex,https://www.linkedin.com/in/alex,2023-06-12 10:00:00 UTC,,,INBOX\r\n"
            + "c-2,,Alex,https://www.linkedin.com/in/alex,Max,https://www.linkedin.com/in/max,2023-06-13 10:00:00 UTC,,,INBOX\r\n";

        var upload = UploadReader.Read("messages.csv", System.Text.Encoding.UTF8.GetBytes(csv));

        var file = Assert.Single(upload.Files);
        Assert.Equal((ImportFileKind.Messages, 2), (file.ReadAs, file.Rows));
        Assert.Equal([("messages.csv", 4), ("messages.csv", 5)], file.Rejected.Select(r => (r.File, r.Line)));
        Assert.All(file.Rejected, r => Assert.DoesNotContain(LinkedInArchive.Marker, r.Reason, StringComparison.Ordinal));
        Assert.Equal("https://www.linkedin.com/in/alex", upload.Messages!.Owner);
    }

    [Fact]
    public void WithoutProfileAndWithOneConversationOfTwoTheFileIsListedAndNothingOfItIsKept()
    {
        var csv = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
            + "c-1,,Alex,https://www.linkedin.com/in/alex,Jane,https://www.linkedin.com/in/jane,2023-06-11 15:33:58 UTC,,hi,INBOX\n";

        var upload = UploadReader.Read("messages.csv", System.Text.Encoding.UTF8.GetBytes(csv));

        Assert.Null(upload.Messages);
        var file = Assert.Single(upload.Files);
        Assert.Equal(0, file.Rows);
        Assert.Contains("which participant is you", file.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JosÃ© GarcÃ­a", "José García")]
    [InlineData("JÃ¼rgen MÃ¼ller", "Jürgen Müller")]
    [InlineData("José", "José")]
    [InlineData("Łukasz", "Łukasz")]
    [InlineData("Jane Doe", "Jane Doe")]
    public void MisDecodedNamesAreRepairedAndRightOnesLeftAlone(string read, string expected)
        => Assert.Equal(expected, MisdecodedText.Repair(read));
}
