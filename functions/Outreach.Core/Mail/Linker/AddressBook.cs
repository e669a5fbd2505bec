using Azure.Data.Tables;
using Outreach.Auth;
using Outreach.Ledger;
using Outreach.Storage;

namespace Outreach.Mail.Linker;

/// <summary>Who is behind each address, read from the address index once per address per linker run.</summary>
public sealed class AddressBook(TableClient client, UserId user)
{
    private readonly Dictionary<string, IReadOnlyList<string>> people = new(StringComparer.Ordinal);

    public async Task LoadAsync(IEnumerable<string> addresses, CancellationToken cancellationToken)
    {
        foreach (var address in addresses.Where(a => !people.ContainsKey(a)).Distinct(StringComparer.Ordinal).ToList())
        {
            var prefix = RowKeys.EmailIndexPrefix(address);
            var filter = RowKeys.Range(user, prefix);
            var ids = new List<string>();
            await foreach (var row in client.QueryAsync<EmailIndexEntity>(filter, cancellationToken: cancellationToken))
            {
                ids.Add(row.PersonId);
            }

            people[address] = ids;
        }
    }

    public IReadOnlyList<string> PeopleFor(string address) => people.GetValueOrDefault(address) ?? [];
}
