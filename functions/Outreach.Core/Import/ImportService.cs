using Outreach.Ledger;

namespace Outreach.Import;

/// <summary>
/// Imports a contact file: reads it whole first (a file that cannot be read writes nothing), then
/// merges it into the user's people. Re-importing the same file changes nothing; notes, status and
/// history are never touched; company or position changes are appended to the career history.
/// </summary>
public sealed class ImportService(LedgerReader reader, LedgerWriter writer, TimeProvider time)
{
    private const int Attempts = 3;

    public async Task<ImportReport> ImportAsync(UserId user, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var file = ContactFileReader.Read(content);
        for (var attempt = 1; ; attempt++)
        {
            var summary = await reader.ReadSummaryAsync(user, cancellationToken);
            var existing = await reader.ReadAllPeopleAsync(user, cancellationToken).ToListAsync(cancellationToken);
            var now = time.GetUtcNow();
            var today = summary.PlanOrDefault(now).LocalDay(now);
            var merge = new ImportMerge(user, existing, today, now);
            foreach (var row in file.Rows)
            {
                merge.Apply(row);
            }

            try
            {
                // Committed in transactions that each carry the summary row: a concurrent change makes
                // the rest fail, and a retry re-reads and finds what was already written unchanged.
                await writer.CommitAsync(user, summary, merge.Changes, cancellationToken);
                return merge.Report(file);
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
