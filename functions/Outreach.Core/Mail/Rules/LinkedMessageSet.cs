namespace Outreach.Mail.Rules;

/// <summary>
/// Makes a person's linked messages a set: one record per message id, in a fixed order (time, then id).
/// Everything derived walks this order, so no result depends on the order or repetition of the input.
/// </summary>
internal static class LinkedMessageSet
{
    public static IReadOnlyList<LinkedMessage> Of(IEnumerable<LinkedMessage> messages)
        => messages
            .GroupBy(message => message.MessageId, StringComparer.Ordinal)
            // Copies of one message linked at different times may differ (a re-link after an address was
            // added); any fixed choice keeps the result a function of the set, so take the canonical first.
            .Select(copies => copies.Order(CanonicalOrder.Instance).First())
            .OrderBy(message => message.When)
            .ThenBy(message => message.MessageId, StringComparer.Ordinal)
            .ToList();

    private sealed class CanonicalOrder : IComparer<LinkedMessage>
    {
        public static readonly CanonicalOrder Instance = new();

        public int Compare(LinkedMessage? x, LinkedMessage? y)
        {
            if (x is null || y is null)
            {
                return (x is null).CompareTo(y is null);
            }

            var order = x.When.UtcTicks.CompareTo(y.When.UtcTicks);
            order = order != 0 ? order : x.When.Offset.CompareTo(y.When.Offset);
            order = order != 0 ? order : x.Kind.CompareTo(y.Kind);
            order = order != 0 ? order : x.Direction.CompareTo(y.Direction);
            order = order != 0 ? order : y.CountedAsWritten.CompareTo(x.CountedAsWritten);
            order = order != 0 ? order : x.RecipientCount.CompareTo(y.RecipientCount);
            order = order != 0 ? order : string.CompareOrdinal(x.InternetMessageId, y.InternetMessageId);
            order = order != 0 ? order : string.CompareOrdinal(x.ConversationId, y.ConversationId);
            order = order != 0 ? order : string.CompareOrdinal(x.Sender, y.Sender);
            order = order != 0 ? order : string.CompareOrdinal(Joined(x.ReferencedIds), Joined(y.ReferencedIds));
            return order != 0 ? order : string.CompareOrdinal(Joined(x.PersonAddresses), Joined(y.PersonAddresses));
        }

        private static string Joined(IReadOnlyList<string> values) => string.Join('\n', values);
    }
}
