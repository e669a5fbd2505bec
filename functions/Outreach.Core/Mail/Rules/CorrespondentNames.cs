namespace Outreach.Mail.Rules;

/// <summary>
/// Collects who the user corresponds with, by address, with the display names those addresses carry, to
/// suggest an address for a person who has none (<see cref="SuggestionMatcher"/>). Only real
/// correspondence counts: bounces and auto-replies do not, drafts were never sent.
/// </summary>
public sealed class CorrespondentNames
{
    private readonly HashSet<string> _seenMessages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _namesByAddress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countByAddress = new(StringComparer.Ordinal);

    public static IReadOnlyList<Correspondent> Collect(IEnumerable<MailMessageFacts> messages)
    {
        var names = new CorrespondentNames();
        foreach (var message in messages)
        {
            names.Add(message);
        }

        return names.ToList();
    }

    /// <summary>Counts the message's participants once; adding the same message again changes nothing.</summary>
    public void Add(MailMessageFacts message)
    {
        var kind = MessageClassifier.Classify(message);
        if (kind is not (MessageKind.Sent or MessageKind.Received) || !_seenMessages.Add(message.Id))
        {
            return;
        }

        var recipients = message.To.Concat(message.Cc).Concat(message.Bcc);
        var participants = kind == MessageKind.Sent || message.From is null ? recipients : recipients.Prepend(message.From);
        foreach (var participant in participants.DistinctBy(participant => AddressKey.Normalize(participant.Address), StringComparer.Ordinal))
        {
            Count(participant);
        }
    }

    /// <summary>Every address seen, most frequent first.</summary>
    public IReadOnlyList<Correspondent> ToList()
        => _countByAddress
            .Select(entry => new Correspondent(entry.Key, NamesOf(entry.Key), entry.Value))
            .OrderByDescending(correspondent => correspondent.Count)
            .ThenBy(correspondent => correspondent.Address, StringComparer.Ordinal)
            .ToList();

    private void Count(MailAddress participant)
    {
        if (AddressKey.Normalize(participant.Address) is not { } address)
        {
            return;
        }

        _countByAddress[address] = _countByAddress.GetValueOrDefault(address) + 1;
        if (DisplayName(participant.Name, address) is { } name)
        {
            if (!_namesByAddress.TryGetValue(address, out var names))
            {
                names = new Dictionary<string, int>(StringComparer.Ordinal);
                _namesByAddress.Add(address, names);
            }

            names[name] = names.GetValueOrDefault(name) + 1;
        }
    }

    private List<string> NamesOf(string address)
        => _namesByAddress.TryGetValue(address, out var names)
            ? names.OrderByDescending(name => name.Value).ThenBy(name => name.Key, StringComparer.Ordinal).Select(name => name.Key).ToList()
            : [];

    // Outlook wraps names in single quotes ('Hans Müller') and clients without a name repeat the address;
    // neither says anything about who the address belongs to.
    private static string? DisplayName(string? name, string address)
    {
        var trimmed = name?.Trim().Trim('\'', '"').Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Contains('@', StringComparison.Ordinal) ? null : trimmed;
    }
}
