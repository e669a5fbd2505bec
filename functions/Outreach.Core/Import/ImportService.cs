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
        }
    }
}
