using Outreach.Career;
using Outreach.People;
using Outreach.Privacy;

namespace Outreach.Ledger;

/// <summary>
/// Point reads of a user's summary and people. Every read of the summary row is the erase check of the
/// user request it serves (<see cref="ErasureCheck"/>): a tombstone there ends the request.
/// </summary>
public sealed class LedgerReader(OutreachTable table)
{
    public async Task<SummaryEntity> ReadSummaryAsync(UserId user, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var response = await client.GetEntityIfExistsAsync<SummaryEntity>(user.PartitionKey, RowKeys.Summary, cancellationToken: cancellationToken);
        var summary = response.HasValue ? response.Value! : SummaryEntity.Empty(user.PartitionKey);
        ErasureCheck.See(user, summary.Erasing);
        return summary;
    }

    /// <summary>The user's own positions: one point read of the summary's positions column (and its tombstone's).</summary>
    public async Task<IReadOnlyList<Position>> ReadPositionsAsync(UserId user, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(
            user.PartitionKey, RowKeys.Summary, select: [nameof(SummaryEntity.PositionsJson), EraseTombstone.Property], cancellationToken: cancellationToken);
        var row = response.HasValue ? response.Value : null;
        ErasureCheck.See(user, EraseTombstone.Marks(row));
        return row is null ? [] : SummaryEntity.ReadPositions(row.GetString(nameof(SummaryEntity.PositionsJson)));
    }

    public async Task<PersonEntity?> FindPersonAsync(UserId user, string personId, CancellationToken cancellationToken)
    {
        if (!RowKeys.IsValidPersonId(personId))
        {
            return null;
        }

        var client = await table.GetClientAsync(cancellationToken);
        var response = await client.GetEntityIfExistsAsync<PersonEntity>(user.PartitionKey, RowKeys.Person(personId), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    public async Task<PersonEntity> GetPersonAsync(UserId user, string personId, CancellationToken cancellationToken)
        => await FindPersonAsync(user, personId, cancellationToken)
            ?? throw NoSuchPerson(personId);

    public static ApiProblemException NoSuchPerson(string personId)
        => ApiProblemException.NotFound(RowKeys.IsValidPersonId(personId)
            ? $"There is no person with id '{personId}'."
            : "There is no person with that id; a person's id is 24 lowercase hexadecimal characters, as the API gave it.");

    /// <summary>Every person of the user, page by page (1,000 rows per storage request).</summary>
    public async IAsyncEnumerable<PersonEntity> ReadAllPeopleAsync(UserId user, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var filter = PeopleRange(user);
        await foreach (var person in client.QueryAsync<PersonEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            yield return person;
        }
    }

    /// <summary>
    /// The given people that exist: point reads when they are fewer than the pages a scan of all
    /// <paramref name="population"/> people takes, else one scan, so a run over many people costs pages, not people.
    /// </summary>
    public async Task<Dictionary<string, PersonEntity>> FindPeopleAsync(UserId user, IReadOnlyCollection<string> personIds, int population, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, PersonEntity>(StringComparer.Ordinal);
        var wanted = personIds.Where(RowKeys.IsValidPersonId).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count > (population + 999) / 1000)
        {
            await foreach (var person in ReadAllPeopleAsync(user, cancellationToken))
            {
                if (wanted.Contains(person.Id))
                {
                    found[person.Id] = person;
                }
            }

            return found;
        }

        foreach (var personId in wanted)
        {
            if (await FindPersonAsync(user, personId, cancellationToken) is { } person)
            {
                found[personId] = person;
            }
        }

        return found;
    }

    public static string PeopleRange(UserId user)
        => RowKeys.Range(user, RowKeys.PersonPrefix);
}
