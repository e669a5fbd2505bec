using System.Globalization;
using Outreach.LinkedIn;

namespace Outreach.Import;

/// <summary>
/// LinkedIn's messages.csv: <c>CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO, RECIPIENT
/// PROFILE URLS, DATE, SUBJECT, CONTENT, FOLDER</c> and sometimes more. Only the conversation, the participants'
/// profile URLs, the sender's name (to find the user) and the time are read; SUBJECT and CONTENT are never
/// looked at, so nothing of them can reach a row, a log or a report.
/// </summary>
internal static class MessagesFile
{
    public static readonly string[] Columns = ["conversation id", "sender profile url", "recipient profile urls", "date"];

    public static bool IsHeader(IReadOnlyList<string> header) => Columns.All(header.Contains);

    public static (List<ArchiveMessage> Messages, List<FileIssue> Rejected) Read(CsvTable table, string file)
    {
        var conversation = table.Column("conversation id");
        var from = table.Column("from");
        var sender = table.Column("sender profile url");
        var recipients = table.Column("recipient profile urls");
        var date = table.Column("date");
        return table.ReadRecords(file, (CsvRecord record, int _, out ArchiveMessage? message)
            => Reject(record, conversation, from, sender, recipients, date, out message));
    }

    private static string? Reject(CsvRecord record, int conversation, int from, int sender, int recipients, int date, out ArchiveMessage? message)
    {
        message = null;
        if (record.Cell(conversation) is not { } id)
        {
            return "The message has no CONVERSATION ID.";
        }

        if (id.Length > ImportLimits.MaxFieldLength)
        {
            return $"CONVERSATION ID may hold at most {ImportLimits.MaxFieldLength} characters.";
        }

        if (ProfileUrl.Normalize(record.Cell(sender)) is not { } fromUrl)
        {
            return "SENDER PROFILE URL is not a LinkedIn profile URL.";
        }

        var to = (record.Cell(recipients) ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ProfileUrl.Normalize)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (to.Count == 0)
        {
            return "RECIPIENT PROFILE URLS holds no LinkedIn profile URL.";
        }

        if (ParseDate(record.Cell(date)) is not { } at)
        {
            // The value is not echoed: in a row whose quoting went wrong it may be a piece of a message's text.
            return "DATE is not a time like '2023-06-11 15:33:58 UTC'.";
        }

        message = new ArchiveMessage(record.Line, id, MisdecodedText.Repair(record.Cell(from)), fromUrl, to, at);
        return null;
    }

    private static DateTimeOffset? ParseDate(string? value)
    {
        if (value is null || value.Length > 40)
        {
            return null;
        }

        var text = value.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase) ? value[..^4] : value;
        return DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;
    }
}
