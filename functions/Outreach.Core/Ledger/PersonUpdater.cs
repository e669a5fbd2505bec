using Outreach.People;

namespace Outreach.Ledger;

/// <summary>
/// Read → change → commit for one person, retried when another request wrote the user's summary in
/// between. An <c>If-Match</c> ETag from the client is checked against the person as read: a stale one
/// is a 412, never a silent overwrite.
/// </summary>
public sealed class PersonUpdater(LedgerReader reader, LedgerWriter writer)
{
    private const int Attempts = 5;

    /// <summary>Background writers over many people meet user actions more often; they try longer before giving up.</summary>
    private const int ManyAttempts = 10;

    /// <param name="change">Changes the copy in place; returns false when nothing needs writing.</param>
    public Task<PersonEntity> UpdateAsync(
        UserId user, string personId, ETag? ifMatch, Func<PersonEntity, bool> change, CancellationToken cancellationToken)
        => UpdateAsync(user, personId, ifMatch, (person, _) => change(person), cancellationToken);

    /// <param name="change">
    /// Changes the copy in place and may read the summary it is committed with (e.g. the plan, for the
    /// user's local day), so callers need not read the summary a second time; returns false when nothing needs writing.
    /// </param>
    public async Task<PersonEntity> UpdateAsync(
        UserId user, string personId, ETag? ifMatch, Func<PersonEntity, SummaryEntity, bool> change, CancellationToken cancellationToken)
        => (await UpdateWithSummaryAsync(user, personId, ifMatch, change, cancellationToken)).Person;

    /// <summary>Like <see cref="UpdateAsync(UserId, string, ETag?, Func{PersonEntity, bool}, CancellationToken)"/>, as the API shows the person (shared employers from the summary it read anyway).</summary>
    public Task<PersonView> UpdateViewAsync(
        UserId user, string personId, ETag? ifMatch, Func<PersonEntity, bool> change, CancellationToken cancellationToken)
        => UpdateViewAsync(user, personId, ifMatch, (person, _) => change(person), cancellationToken);

    public async Task<PersonView> UpdateViewAsync(
        UserId user, string personId, ETag? ifMatch, Func<PersonEntity, SummaryEntity, bool> change, CancellationToken cancellationToken)
    {
        var (person, summary) = await UpdateWithSummaryAsync(user, personId, ifMatch, change, cancellationToken);
        return PersonView.From(person, summary.Positions);
    }

    private async Task<(PersonEntity Person, SummaryEntity Summary)> UpdateWithSummaryAsync(
        UserId user, string personId, ETag? ifMatch, Func<PersonEntity, SummaryEntity, bool> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // Both reads run at once; the summary's is awaited first because it is the erase check, so a
            // person the erase already deleted is refused as "erase in progress", not as unknown.
            var personTask = reader.FindPersonAsync(user, personId, cancellationToken);
            var summary = await reader.ReadSummaryAsync(user, cancellationToken);
            var before = await personTask ?? throw LedgerReader.NoSuchPerson(personId);
            if (ifMatch is { } expected && expected != ETag.All && expected != before.ETag)
            {
                throw ApiProblemException.PreconditionFailed(
                    "This person was changed since you read them (the If-Match ETag is stale). Reload and apply your change again.");
            }

            var after = before.Clone();
            if (!change(after, summary))
            {
                return (before, summary);
            }

            after.UpdatedAt = DateTimeOffset.UtcNow;
            try
            {
                await writer.CommitAsync(user, summary, [new PersonChange(before, after)], cancellationToken);
                return (after, summary);
            }
            catch (ConcurrentChangeException) when (attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Read → change → commit for many people at once: one summary read, the people by
    /// <see cref="LedgerReader.FindPeopleAsync"/>, and one commit of every change (transactions of 100
    /// rows). People that no longer exist are left out. A conflict re-reads all of them and tries again;
    /// changes already committed then change nothing.
    /// </summary>
    /// <param name="change">Changes the copy in place (it may read what it needs); returns false when nothing needs writing.</param>
    /// <returns>Every person found, as written (or as read when unchanged).</returns>
    public async Task<IReadOnlyList<PersonEntity>> UpdateManyAsync(
        UserId user, IReadOnlyCollection<string> personIds, Func<PersonEntity, SummaryEntity, Task<bool>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var summary = await reader.ReadSummaryAsync(user, cancellationToken);
            var people = await reader.FindPeopleAsync(user, personIds, summary.People, cancellationToken);
            var changes = new List<PersonChange>();
            var results = new List<PersonEntity>(people.Count);
            foreach (var before in people.Values.OrderBy(p => p.Id, StringComparer.Ordinal))
            {
                var after = before.Clone();
                if (await change(after, summary))
                {
                    after.UpdatedAt = DateTimeOffset.UtcNow;
                    changes.Add(new PersonChange(before, after));
                    results.Add(after);
                }
                else
                {
                    results.Add(before);
                }
            }

            try
            {
                if (changes.Count > 0)
                {
                    await writer.CommitAsync(user, summary, changes, cancellationToken);
                }

                return results;
            }
            catch (ConcurrentChangeException) when (attempt < ManyAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
            }
        }
    }
}
