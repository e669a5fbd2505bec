using System.Globalization;
using System.Text;
using Outreach.Text;

namespace Outreach.Plan;

/// <summary>
/// Sort keys that put people in plan order when read back from an Azure Table range query: ordinal
/// (UTF-16 code unit) ascending order of the keys is plan order. Keys are valid RowKey text — no
/// <c>/ \ # ?</c>, no control characters, at most a few hundred characters — and end with
/// <c>|</c> + PersonId, so they are unique.
/// </summary>
/// <remarks>
/// A key is a run of sections that are either fixed-width or end in a space, the lowest character a
/// name section can hold; so comparing keys compares the sections in turn, like comparing tuples.
/// </remarks>
public static class QueueOrderKey
{
    /// <summary>Longest encoded name section, in UTF-16 code units; longer names are cut.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Longest accepted person id.</summary>
    public const int MaxPersonIdLength = 128;

    // Sorts after every real yyyyMMdd date, so unknown connection dates come last.
    private const string UnknownDate = "99999999";

    /// <summary>
    /// The key of one person for <paramref name="order"/>:
    /// <list type="bullet">
    /// <item>ByName: folded last name, then first name (a person with only a first name sorts by it);
    /// people with no name at all last.</item>
    /// <item>OldestConnection: connection date ascending, unknown last, then by name.</item>
    /// <item>LongestSilence: people never written to first, among them by oldest connection; then by
    /// last mail ascending, ties by oldest connection; then by name.</item>
    /// <item>Shuffled: the first 8 bytes of SHA-256 of "seed:personId" in hex — the same for a seed,
    /// different for another.</item>
    /// </list>
    /// Name sections ignore spaces and control characters, keep every script, and escape
    /// <c>/ \ # ? %</c> as <c>%XX</c>.
    /// </summary>
    public static string For(PlanOrder order, int seed, OrderFacts facts)
    {
        ValidatePersonId(facts.PersonId);
        var key = order switch
        {
            PlanOrder.ByName => Name(facts),
            PlanOrder.OldestConnection => Connection(facts),
            PlanOrder.LongestSilence => facts.LastContact is DateOnly last ? "1" + Date(last) + " " + Connection(facts) : "0 " + Connection(facts),
            PlanOrder.Shuffled => Shuffle(seed, facts.PersonId),
            _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown plan order."),
        };
        return key + "|" + facts.PersonId;
    }

    private static string Connection(OrderFacts facts)
        => (facts.ConnectedOn is DateOnly on ? Date(on) : UnknownDate) + " " + Name(facts);

    private static string Name(OrderFacts facts)
    {
        var last = Encode(facts.LastName);
        var first = Encode(facts.FirstName);
        if (last.Length == 0 && first.Length == 0)
        {
            return "1";
        }

        return last.Length == 0 ? "0" + first + "  " : "0" + last + " " + first + " ";
    }

    private static string Shuffle(int seed, string personId)
        => RowKeys.Hash(string.Create(CultureInfo.InvariantCulture, $"{seed}:{personId}"), 8);

    private static string Date(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The folded name with spaces and control characters dropped and RowKey-forbidden characters escaped.</summary>
    private static string Encode(string? name)
    {
        var builder = new StringBuilder();
        foreach (var rune in TextFolding.Fold(WellFormed(name)).EnumerateRunes())
        {
            // Spaces and controls are dropped so the section separator (a space) sorts below every name.
            var piece = rune.Value switch
            {
                '/' or '\\' or '#' or '?' or '%' => "%" + rune.Value.ToString("X2", CultureInfo.InvariantCulture),
                _ when Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) => string.Empty,
                _ => rune.ToString(),
            };
            if (builder.Length + piece.Length > MaxNameLength)
            {
                break;
            }

            builder.Append(piece);
        }

        return builder.ToString();
    }

    // Fold normalises, which throws on a lone surrogate; such a name must still get a key.
    private static string? WellFormed(string? text)
    {
        if (text is null || !text.AsSpan().ContainsAnyInRange('\ud800', '\udfff'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    private static void ValidatePersonId(string personId)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId, nameof(personId));
        if (personId.Length > MaxPersonIdLength || !personId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException("A person id must be up to 128 ASCII letters, digits, '-' or '_'.", nameof(personId));
        }
    }
}
