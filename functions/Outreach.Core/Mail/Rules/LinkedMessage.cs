namespace Outreach.Mail.Rules;

/// <summary>
/// What the linker keeps of one message for one person: enough to derive that person's mail state
/// (<see cref="PersonMailDerivation"/>) without reading the message again.
/// </summary>
public sealed record LinkedMessage
{
    /// <summary>Longer subjects are cut: they only name the mail in a list.</summary>
    public const int MaxSubjectLength = 255;

    /// <summary>Graph immutable id; the identity of the message when the same one is linked twice.</summary>
    public required string MessageId { get; init; }

    /// <summary>Normalised <c>Message-ID</c> (<see cref="MessageIds.Normalize"/>).</summary>
    public string? InternetMessageId { get; init; }

    public string? ConversationId { get; init; }

    public required MessageKind Kind { get; init; }

    public required MailDirection Direction { get; init; }

    public required DateTimeOffset When { get; init; }

    /// <summary>The subject line (Mail.ReadBasic gives it; never the body), at most <see cref="MaxSubjectLength"/> characters.</summary>
    public string? Subject { get; init; }

    /// <summary>The <see cref="WrittenRule"/> verdict for this person when the message was linked.</summary>
    public bool CountedAsWritten { get; init; }

    /// <summary>Normalised ids from <c>In-Reply-To</c>, then <c>References</c>.</summary>
    public IReadOnlyList<string> ReferencedIds { get; init; } = [];

    /// <summary>Normalised address of the sender (<see cref="AddressKey"/>).</summary>
    public string? Sender { get; init; }

    /// <summary>
    /// This person's normalised addresses on the message: the recipients of a sent mail, sender and
    /// recipients of a received one; for a bounce, the ones it names as failed (may be empty).
    /// </summary>
    public IReadOnlyList<string> PersonAddresses { get; init; } = [];

    /// <summary>
    /// How many distinct addresses a sent mail went to, anyone's. A bounce tied to a mail with more than one
    /// recipient does not say whose address failed (that is in the report's body, never read).
    /// </summary>
    public int RecipientCount { get; init; }

    /// <summary>True when one of this person's addresses sent it.</summary>
    public bool IsFromPerson => Direction == MailDirection.In
        && Sender is not null
        && PersonAddresses.Contains(Sender, StringComparer.Ordinal);
}
