namespace Outreach.Mail.Rules;

/// <summary>
/// One person's mail history and outreach status, as derived from the messages linked to them
/// (<see cref="PersonMailDerivation.Derive"/>). Equal states compare equal, lists included.
/// </summary>
public sealed record PersonMailState
{
    public static readonly PersonMailState Empty = new();

    /// <summary>Earliest mail exchanged: any sent mail to them, or mail received from them.</summary>
    public DateTimeOffset? FirstExchanged { get; init; }

    public DateTimeOffset? LastExchanged { get; init; }

    /// <summary>Sent mails with them among the recipients (To, Cc or Bcc).</summary>
    public int SentCount { get; init; }

    /// <summary>Mails received from them; auto-replies and bounces are not mail from a person.</summary>
    public int ReceivedCount { get; init; }

    /// <summary>The earliest mail counted as written to them (<see cref="WrittenRule"/>), if any.</summary>
    public string? WrittenMessageId { get; init; }

    public DateTimeOffset? WrittenAt { get; init; }

    public bool IsWritten => WrittenMessageId is not null;

    /// <summary>The last mail exchanged before <see cref="WrittenAt"/>: the silence the written mail bridged.</summary>
    public DateTimeOffset? LastExchangedBeforeWritten { get; init; }

    /// <summary>Received mails that answer an outreach mail, oldest first.</summary>
    public IReadOnlyList<MailReply> Replies { get; init; } = [];

    /// <summary>The <see cref="Replies"/> with no mail sent to them since: replies still waiting for an answer.</summary>
    public IReadOnlyList<MailReply> AwaitingAnswer { get; init; } = [];

    /// <summary>Their addresses a bounce reported and no later mail from that address contradicted, in ordinal order.</summary>
    public IReadOnlyList<string> BouncedAddresses { get; init; } = [];

    public bool Equals(PersonMailState? other)
        => other is not null
            && FirstExchanged == other.FirstExchanged
            && LastExchanged == other.LastExchanged
            && SentCount == other.SentCount
            && ReceivedCount == other.ReceivedCount
            && string.Equals(WrittenMessageId, other.WrittenMessageId, StringComparison.Ordinal)
            && WrittenAt == other.WrittenAt
            && LastExchangedBeforeWritten == other.LastExchangedBeforeWritten
            && Replies.SequenceEqual(other.Replies)
            && AwaitingAnswer.SequenceEqual(other.AwaitingAnswer)
            && BouncedAddresses.SequenceEqual(other.BouncedAddresses, StringComparer.Ordinal);

    public override int GetHashCode()
        => HashCode.Combine(FirstExchanged, LastExchanged, SentCount, ReceivedCount, WrittenMessageId, Replies.Count, BouncedAddresses.Count);
}
