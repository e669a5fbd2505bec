using Outreach.Ledger;
using Outreach.LinkedIn;

namespace Outreach.Import;

/// <summary>
/// Imports an upload: LinkedIn's archive or one of its files. Everything is read and validated first;
/// then people are created or updated (re-importing the same file changes nothing; notes, status and
/// history are never touched; company or position changes are appended to the career history), and
/// the user's positions replace the ones stored before. LinkedIn messages are tied to the people once they are
/// stored, and who counts as written is derived again.
/// </summary>
public sealed class ImportService(LedgerReader reader, LedgerWriter writer, LinkedInMessages linkedIn, TimeProvider time)
{
    private const int Attempts = 3;

    private static readonly ContactFile NoContacts = new(ContactFileFormat.Generic, [], [], []);

    public async Task<ImportReport> ImportAsync(UserId user, string? fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var upload = UploadReader.Read(fileName, content);
        var contacts = upload.Connections ?? NoContacts;
        for (var attempt = 1; ; attempt++)
        {
            var summary = await reader.ReadSummaryAsync(user, cancellationToken);
            var positionsChanged = upload.Positions is { } positions && SetPositions(summary, positions);
            var existing = upload.Connections is null
                ? []
                : await reader.ReadAllPeopleAsync(user, cancellationToken).ToListAsync(cancellationToken);
            var now = time.GetUtcNow();
            var today = summary.PlanOrDefault(now).LocalDay(now);
            var merge = new ImportMerge(user, existing, today, now);
            foreach (var row in contacts.Rows)
            {
                merge.Apply(row);
            }

            try
            {
                // Committed in transactions that each carry the summary row: a concurrent change makes
                // the rest fail, and a retry re-reads and finds what was already written unchanged.
                await writer.CommitAsync(user, summary, merge.Changes, cancellationToken, positionsChanged);
                var report = Report(merge.Report(contacts), upload);
                return upload.Messages is { } messages ? await ImportMessagesAsync(user, messages, report, cancellationToken) : report;
            }
            catch (ConcurrentChangeException) when (attempt < Attempts)
            {
            }
            catch (Exception ex) when (StorageFailures.IsUnavailable(ex, cancellationToken))
            {
                throw PartlyImported();
            }
        }
    }

    private async Task<ImportReport> ImportMessagesAsync(UserId user, ArchiveMessages messages, ImportReport report, CancellationToken cancellationToken)
    {
        var people = await reader.ReadAllPeopleAsync(user, cancellationToken).ToListAsync(cancellationToken);
        var counted = await linkedIn.ImportAsync(user, messages, people, cancellationToken);
        return report with { LinkedInWritten = counted.Written, LinkedInReplies = counted.Replies, OutsideNetwork = counted.OutsideNetwork, LinkedInAdded = counted.Added };
    }

    private static bool SetPositions(SummaryEntity summary, IReadOnlyList<Career.Position> positions)
    {
        if (summary.Positions.SequenceEqual(positions))
        {
            return false;
        }

        summary.Positions = positions;
        return true;
    }

    // The contact file's entry learns the rows the merge rejected too (a row too large to store).
    private static ImportReport Report(ImportReport merged, ImportContent upload)
    {
        var files = upload.Files
            .Select(f => f.ReadAs == ImportFileKind.Connections && f.Name == upload.ConnectionsFile
                ? f with { Rows = merged.Rows, Rejected = [.. merged.Rejected.Select(r => new FileIssue(f.Name, r.Line, r.Reason))] }
                : f)
            .ToList();
        return merged with { Format = upload.Connections?.Format, Files = files };
    }

    // Transactions are whole people with their counters, so what was written is consistent; a re-import
    // finds those people unchanged and writes only the rest.
    private static ApiProblemException PartlyImported()
        => new(503, "The import was interrupted.",
            "Storage stopped answering during the import, so only part of the file was imported. Import the same file again in a few seconds to finish it: "
            + "people already imported are recognised and left as they are, and the rest is added.")
        {
            RetryAfter = StorageFailures.RetryAfter,
            Extensions = new Dictionary<string, object?> { ["partlyImported"] = true },
        };
}
