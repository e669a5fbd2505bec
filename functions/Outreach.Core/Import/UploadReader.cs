using System.IO.Compression;
using System.Text.Json;
using Outreach.Career;
using Outreach.LinkedIn;

namespace Outreach.Import;

/// <summary>
/// Reads an upload: LinkedIn's whole archive (a ZIP, its files known by name) or one of its CSV files
/// alone (known by its header). Every file that is read is validated whole here; the first file that
/// cannot be read stops the upload, naming the file and the line, before anything is written.
/// </summary>
public static class UploadReader
{
    private const string NoOwnerNote = "Outreach cannot tell which participant is you (add Profile.csv, or upload the whole archive); nothing of this file is stored.";
    private const string SecondMessagesNote = "Another messages file was read already; only the first is imported.";
    private const string IgnoredNote = "Outreach does not read this file; nothing of it is stored.";
    private const string SecondConnectionsNote = "Another contact file was read already; only the first is imported.";

    public static ImportContent Read(string? fileName, ReadOnlyMemory<byte> content)
    {
        var name = string.IsNullOrWhiteSpace(fileName) ? null : Path.GetFileName(fileName.Trim());
        var reading = new Reading();
        if (ZipUpload.IsZip(content.Span))
        {
            using var zip = ZipUpload.Open(content, name ?? "The upload");
            foreach (var entry in zip.Entries)
            {
                ReadEntry(zip, entry, reading);
            }
        }
        else
        {
            ReadAlone(name, content, reading);
        }

        return new ImportContent(reading.Files, reading.Connections, reading.ConnectionsFile, reading.Positions, reading.TakeMessages());
    }

    private static void ReadEntry(ZipUpload zip, ZipArchiveEntry entry, Reading reading)
    {
        var name = entry.FullName;
        switch (entry.Name.ToLowerInvariant())
        {
            case "connections.csv" when reading.Connections is null:
                reading.AddConnections(name, ReadConnections(name, zip.Read(entry)));
                break;
            case "connections.csv":
                reading.Files.Add(new ImportedFile(name, ImportFileKind.Ignored, 0, [], SecondConnectionsNote));
                break;
            case "positions.csv":
                ReadPositions(name, Text(name, zip.Read(entry)), reading);
                break;
            case "profile.csv":
                ReadProfile(name, Text(name, zip.Read(entry)), reading);
                break;
            case "messages.csv" when !reading.HasMessages:
                ReadMessages(name, Text(name, zip.Read(entry)), reading);
                break;
            case "messages.csv":
                reading.Files.Add(new ImportedFile(name, ImportFileKind.Ignored, 0, [], SecondMessagesNote));
                break;
            default:
                reading.Files.Add(new ImportedFile(name, ImportFileKind.Ignored, 0, [], IgnoredNote));
                break;
        }
    }

    private static void ReadAlone(string? name, ReadOnlyMemory<byte> content, Reading reading)
    {
        ReadOnlyMemory<byte> utf8;
        try
        {
            utf8 = ContactFileText.ToUtf8(content, []);
        }
        catch (ContactFileException)
        {
            // Not text: the contact reader refuses it as before, saying what the file is.
            reading.AddConnections(name ?? "Connections.csv", ContactFileReader.Read(content));
            return;
        }

        // A contact CSV may have notes above its header; the archive's other files start with theirs.
        var header = HeaderOf(utf8);
        if (PositionsFile.IsHeader(header))
        {
            ReadPositions(name ?? "Positions.csv", utf8, reading);
        }
        else if (IsProfileHeader(header))
        {
            ReadProfile(name ?? "Profile.csv", utf8, reading);
        }
        else if (MessagesFile.IsHeader(header))
        {
            ReadMessages(name ?? "messages.csv", utf8, reading);
        }
        else
        {
            // As before the archive was read: the contact reader's errors name the line and need no file name.
            reading.AddConnections(name ?? "Connections.csv", ContactFileReader.Read(content));
        }
    }

    private static ContactFile ReadConnections(string name, ReadOnlyMemory<byte> content)
    {
        try
        {
            return ContactFileReader.Read(content);
        }
        catch (ContactFileException ex)
        {
            throw new ImportFileException(name, ex.Line, ex.Detail);
        }
    }

    private static ReadOnlyMemory<byte> Text(string name, ReadOnlyMemory<byte> content)
    {
        try
        {
            return ContactFileText.ToUtf8(content, []);
        }
        catch (ContactFileException ex)
        {
            throw new ImportFileException(name, ex.Line, ex.Detail);
        }
    }

    private static void ReadPositions(string name, ReadOnlyMemory<byte> utf8, Reading reading)
    {
        var table = CsvTable.Read(utf8, name);
        if (!PositionsFile.IsHeader(table.Header))
        {
            throw new ImportFileException(name, 1, "line 1 is not the header of LinkedIn's Positions.csv (Company Name, Title, Description, Location, Started On, Finished On).");
        }

        var (positions, rejected) = PositionsFile.Read(table, name);
        if (JsonSerializer.Serialize(positions, JsonSerializerOptions.Web).Length > PositionsFile.MaxStoredChars)
        {
            throw new ImportFileException(name, null, $"the positions take more than {PositionsFile.MaxStoredChars:N0} characters together; shorten the longest company names or titles.");
        }

        reading.Positions = [.. reading.Positions ?? [], .. positions];
        reading.Files.Add(new ImportedFile(name, ImportFileKind.Positions, positions.Count, rejected));
    }

    private static void ReadProfile(string name, ReadOnlyMemory<byte> utf8, Reading reading)
    {
        var table = CsvTable.Read(utf8, name);
        if (!IsProfileHeader(table.Header))
        {
            throw new ImportFileException(name, 1, "line 1 is not the header of LinkedIn's Profile.csv (First Name, Last Name, Maiden Name, Address, Birth Date, Headline, ...).");
        }

        var rows = table.Records.Where(r => !r.IsBlank).ToList();
        reading.Files.Add(new ImportedFile(name, ImportFileKind.Profile, rows.Count, []));

        // Only to tell which participant of messages.csv is the user; nothing of the profile is kept.
        if (rows.FirstOrDefault() is { } profile)
        {
            reading.ProfileName = $"{profile.Cell(table.Column("first name"))} {profile.Cell(table.Column("last name"))}";
        }
    }

    private static void ReadMessages(string name, ReadOnlyMemory<byte> utf8, Reading reading)
    {
        var table = CsvTable.Read(utf8, name);
        if (!MessagesFile.IsHeader(table.Header))
        {
            throw new ImportFileException(name, 1, "line 1 is not the header of LinkedIn's messages.csv (CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO, RECIPIENT PROFILE URLS, DATE, ...).");
        }

        var (messages, rejected) = MessagesFile.Read(table, name);
        reading.Messages = (reading.Files.Count, messages);
        reading.Files.Add(new ImportedFile(name, ImportFileKind.Messages, messages.Count, rejected));
    }

    private static bool IsProfileHeader(IReadOnlyList<string> header)
        => header.Contains("first name") && header.Contains("last name") && header.Contains("headline");

    private static IReadOnlyList<string> HeaderOf(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            return CsvTable.HeaderOf(utf8);
        }
        catch (ImportFileException)
        {
            // Broken quoting on the first line: no header of the archive's files, maybe a contact file's notes.
            return [];
        }
    }

    private sealed class Reading
    {
        public List<ImportedFile> Files { get; } = [];

        public ContactFile? Connections { get; private set; }

        public string? ConnectionsFile { get; private set; }

        public List<Position>? Positions { get; set; }

        public string? ProfileName { get; set; }

        /// <summary>The messages read and where their entry is in <see cref="Files"/>.</summary>
        public (int Entry, List<ArchiveMessage> Messages)? Messages { get; set; }

        public bool HasMessages => Messages is not null;

        /// <summary>
        /// The messages, once every file is read: Profile.csv may come after messages.csv in the archive, and it
        /// tells whose archive it is.
        /// </summary>
        public ArchiveMessages? TakeMessages()
        {
            if (Messages is not { } read)
            {
                return null;
            }

            var (entry, messages) = read;
            var file = Files[entry].Name;
            if (ArchiveOwner.Find(messages, ProfileName) is not { } owner)
            {
                Files[entry] = Files[entry] with { Rows = 0, Note = NoOwnerNote };
                return null;
            }

            return new ArchiveMessages(file, owner, messages);
        }

        public void AddConnections(string name, ContactFile file)
        {
            Connections = file;
            ConnectionsFile = name;
            Files.Add(new ImportedFile(name, ImportFileKind.Connections, file.Rows.Count, [.. file.Rejected.Select(r => new FileIssue(name, r.Line, r.Reason))]));
        }
    }
}
