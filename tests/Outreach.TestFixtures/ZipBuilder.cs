using System.IO.Compression;
using System.Text;

namespace Outreach.TestFixtures;

/// <summary>Builds ZIP archives in memory, the way LinkedIn's "Get a copy of your data" arrives, and broken ones.</summary>
public sealed class ZipBuilder
{
    private readonly List<(string Name, byte[] Content)> _entries = [];

    public ZipBuilder Add(string name, string text) => Add(name, Encoding.UTF8.GetBytes(text));

    public ZipBuilder Add(string name, byte[] content)
    {
        _entries.Add((name, content));
        return this;
    }

    public byte[] ToArray()
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in _entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }

    /// <summary>The positions of the user's own career as LinkedIn writes Positions.csv: BOM, CRLF, quoted multi-line descriptions.</summary>
    public const string PositionsCsv =
        "\uFEFFCompany Name,Title,Description,Location,Started On,Finished On\r\n"
        + "\"Foote, Cone & Belding GmbH\",Art Director,\"Campaigns for cars,\r\nbeer and \"\"bold\"\" ideas\",Hamburg,Mar 2015,Jun 2018\r\n"
        + "Goodby Silverstein & Partners,Creative Director,,San Francisco,2019,\r\n";

    public const string ProfileCsv =
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\r\n"
        + "Alex,Writer,,,,Creative Director,,Advertising,,Hamburg,,,\r\n";

    public const string MessagesCsv =
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\r\n"
        + "c-1,,Alex Writer,https://www.linkedin.com/in/alex-writer,Jane Doe,https://www.linkedin.com/in/jane-doe,2023-06-11 15:33:58 UTC,,\"SECRET-MARKER hello\nthere\",INBOX\r\n";
}
