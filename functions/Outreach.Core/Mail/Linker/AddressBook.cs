using Outreach.Ledger;

namespace Outreach.Mail.Linker;

/// <summary>
/// Who is behind each address, read once per linker run: a few addresses by their own range of the
/// address index, more than that by one scan of the whole index (a page per 1,000 addresses).
/// </summary>
public sealed class AddressBook(TableClient client, UserId user)
{
    /// <summary>Above this many unknown addresses one scan of the index costs fewer requests than a query each.</summary>
    private const int MaxSingleQueries = 8;

    private readonly Dictionary<string, IReadOnlyList<string>> _people = new(StringComparer.Ordinal);
    private bool _complete;

    public async Task LoadAsync(IEnumerable<string> addresses, CancellationToken cancellationToken)
    {
        if (_complete)
        {
            return;
        }

        var unknown = addresses.Where(a => !_people.ContainsKey(a)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > MaxSingleQueries)
        {
            await LoadAllAsync(cancellationToken);
            return;
        }

        foreach (var address in unknown)
        {
            var ids = new List<string>();
            await foreach (var row in client.QueryAsync<EmailIndexEntity>(RowKeys.Range(user, RowKeys.EmailIndexPrefix(address)), cancellationToken: cancellationToken))
            {
                ids.Add(row.PersonId);
            }

            _people[address] = ids;
        }
    }

    public IReadOnlyList<string> PeopleFor(string address) => _people.GetValueOrDefault(address) ?? [];

    private async Task LoadAllAsync(CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var filter = RowKeys.Range(user, RowKeys.EmailPrefix);
        await foreach (var row in client.QueryAsync<EmailIndexEntity>(filter, maxPerPage: 1000, select: [nameof(EmailIndexEntity.Address), nameof(EmailIndexEntity.PersonId)], cancellationToken: cancellationToken))
        {
            if (!all.TryGetValue(row.Address, out var ids))
            {
                all[row.Address] = ids = [];
            }

            ids.Add(row.PersonId);
        }

        _people.Clear();
        foreach (var (address, ids) in all)
        {
            _people[address] = ids;
        }

        _complete = true;
    }
}
