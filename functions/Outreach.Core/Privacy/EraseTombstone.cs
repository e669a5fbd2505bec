
namespace Outreach.Privacy;

/// <summary>
/// The mark of an erase in progress: the user's <c>summary</c> row, replaced by one that holds only
/// <c>Erasing = true</c> and when it began. Replacing the summary wipes its data (plan, counters,
/// suggestions) at once and changes its ETag, so every writer that commits with the summary — the
/// import among them — fails its next transaction and then sees the mark. The erase deletes the row
/// last, leaving nothing.
/// </summary>
public static class EraseTombstone
{
    public const string Property = nameof(Ledger.SummaryEntity.Erasing);

    public static TableEntity For(UserId user, DateTimeOffset since)
        => new(user.PartitionKey, RowKeys.Summary) { [Property] = true, ["ErasingSince"] = since };

    public static bool Marks(TableEntity? summary) => summary?.GetBoolean(Property) == true;

    /// <summary>What a write gets while the erase runs.</summary>
    public static ApiProblemException InProgress()
        => new(409, "Erase in progress.", "Your data is being erased; nothing can be written until that is done. GET /api/me/erase tells when.");

    /// <summary>What a read gets while the erase runs: there is nothing to see any more.</summary>
    public static ApiProblemException NothingToRead()
        => new(404, "Not found.", "Your data is being erased. GET /api/me/erase tells when that is done.");
}
