using System.Text;

namespace Outreach.UnitTests.Import;

/// <summary>Builds contact files the way the exports write them, and reads them through a stream as the API does.</summary>
internal static class ContactCsv
{
    public const string LinkedInHeader = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

    public const string QuotedNotes =
        "Notes:\n"
        + "\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261\"\n";

    public static ContactFile Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    public static ContactFile Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return ContactFileReader.Read(stream);
    }

    public static ContactFileException Fails(string text) => Fails(Encoding.UTF8.GetBytes(text));

    public static ContactFileException Fails(byte[] bytes) => Assert.Throws<ContactFileException>(() => Read(bytes));

    public static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
