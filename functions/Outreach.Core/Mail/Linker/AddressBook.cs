using Outreach.Ledger;

namespace Outreach.Mail.Linker;

/// <summary>Who is behind each address, read from the address index once per address per linker run.</summary>
public sealed class AddressBook(TableClient client, UserId user)
{
    private readonly Dictionary<string, IReadOnlyList<string>> _people = new(StringComparer.Ordinal);

    public async Task LoadAsync(IEnumerable<string> addresses, CancellationToken cancellationToken)
    {
        foreach (var address in addresses.Where(a => !_people.ContainsKey(a)).Distinct(StringComparer.Ordinal).ToList())
        {
            var prefix = RowKeys.EmailIndexPrefix(address);
            var filter = RowKeys.Range(user, prefix);
            var ids = new List<string>();
            await foreach (var row in client.QueryAsync<EmailIndexEntity>(filter, cancellationToken: cancellationToken))
            {
                ids.Add(row.PersonId);
            }

            _people[address] = ids;
        }
    }

    public IReadOnlyList<string> PeopleFor(string address) => _people.GetValueOrDefault(address) ?? [];
}
