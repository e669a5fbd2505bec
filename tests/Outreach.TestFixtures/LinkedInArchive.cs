using System.Globalization;
using System.Text;

namespace Outreach.TestFixtures;

/// <summary>
/// A whole LinkedIn archive with the quirks of real exports, relative to <see cref="Now"/>: notes before the
/// Connections header, a BOM, CRLF in one file and LF in another, multi-line quoted CONTENT, mis-decoded
/// names, profile URLs with and without scheme, with www, a country subdomain and a trailing slash, a group
/// conversation, messages long before the plan, and a recruiter outside the network.
/// The user is Alex Writer. With the plan started 30 days ago: Jane and José are written on LinkedIn (20 and
/// 25 days ago), Jane answered 19 days ago; Anna only had a message 200 days ago and a group message;
/// the recruiter's two messages are outside the network.
/// </summary>
public sealed class LinkedInArchive(DateTimeOffset now)
{
    /// <summary>Text inside every CONTENT and SUBJECT: it must never come back from the API.</summary>
    public const string Marker = "CONTENT-MARKER-7f3a";

    public const string Owner = "https://www.linkedin.com/in/alex-writer";

    public DateTimeOffset Now { get; } = now;

    public DateTimeOffset DaysAgo(int days) => Now.AddDays(-days);

    public static string ConnectionsCsv =>
        "\uFEFFNotes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n"
        + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
        + "Jane,Doe,https://www.linkedin.com/in/jane-doe,,Acme,Creative Director,12 Mar 2015\r\n"
        + "José,García,https://www.linkedin.com/in/jose-garcia,,Globex,Planner,2 Mar 2016\r\n"
        + "Max,Muster,https://www.linkedin.com/in/max-muster,,\"Foote, Cone and Belding\",Copywriter,12 Mar 2024\r\n"
        + "Anna,Alt,https://www.linkedin.com/in/anna-alt,,Initech,Strategist,12 Mar 2024\r\n"
        + "Ben,Berg,https://www.linkedin.com/in/ben-berg,,Hooli,Designer,12 Mar 2024\r\n";

    public static string ProfileCsv => ZipBuilder.ProfileCsv;

    public static string PositionsCsv => ZipBuilder.PositionsCsv;

    /// <summary>messages.csv with LF line endings and an ATTACHMENTS column some exports add.</summary>
    public string MessagesCsv => Messages(later: false);

    /// <summary>
    /// The archive downloaded a few days later: the same, and since then Alex wrote Ben (3 days ago) and Ben
    /// answered (2 days ago).
    /// </summary>
    public byte[] LaterZip() => Zip(Messages(later: true));

    public byte[] Zip() => Zip(MessagesCsv);

    private string Messages(bool later)
    {
        var csv = new StringBuilder("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS\n");
        void Row(string conversation, string from, string fromUrl, string to, string toUrls, int daysAgo)
            => csv.Append(CultureInfo.InvariantCulture, $"{conversation},,{from},{fromUrl},{to},{toUrls},{DaysAgo(daysAgo):yyyy-MM-dd HH:mm:ss} UTC,\"{Marker} subject\",\"Hi,\n{Marker} \"\"quoted\"\"\nline three\",INBOX,\n");

        Row("2-jane", "Alex Writer", Owner, "Jane Doe", "linkedin.com/in/jane-doe/", 400);
        Row("2-jane", "Alex Writer", Owner, "Jane Doe", "https://www.linkedin.com/in/jane-doe", 20);
        Row("2-jane", "Jane Doe", "https://www.linkedin.com/in/jane-doe/", "Alex Writer", Owner, 19);
        Row("2-jose", "JosÃ© GarcÃ­a", "http://de.linkedin.com/in/jose-garcia", "Alex Writer", Owner, 700);
        Row("2-jose", "Alex Writer", Owner, "JosÃ© GarcÃ­a", "https://de.linkedin.com/in/jose-garcia/", 25);
        Row("2-group", "Alex Writer", Owner, "Jane Doe;Anna Alt", "https://www.linkedin.com/in/jane-doe;https://www.linkedin.com/in/anna-alt", 15);
        Row("2-anna", "Alex Writer", Owner, "Anna Alt", "www.linkedin.com/in/anna-alt", 200);
        Row("2-recruiter", "Rita Recruiter", "https://www.linkedin.com/in/rita-recruiter", "Alex Writer", Owner, 5);
        Row("2-recruiter", "Alex Writer", Owner, "Rita Recruiter", "https://www.linkedin.com/in/rita-recruiter", 4);
        if (later)
        {
            Row("2-ben", "Alex Writer", Owner, "Ben Berg", "https://www.linkedin.com/in/ben-berg", 3);
            Row("2-ben", "Ben Berg", "https://www.linkedin.com/in/ben-berg", "Alex Writer", Owner, 2);
        }

        return csv.ToString();
    }

    private static byte[] Zip(string messagesCsv)
        => new ZipBuilder()
            .Add("Basic_LinkedInDataExport/Connections.csv", ConnectionsCsv)
            .Add("Basic_LinkedInDataExport/messages.csv", messagesCsv)
            .Add("Basic_LinkedInDataExport/Positions.csv", PositionsCsv)
            .Add("Basic_LinkedInDataExport/Profile.csv", ProfileCsv)
            .Add("Basic_LinkedInDataExport/Invitations.csv", $"From,To,Sent At,Message,Direction\nAlex,Jane,2023-01-01,\"{Marker}\",OUTGOING\n")
            .ToArray();
}
