namespace Outreach.LinkedIn;

/// <summary>What a person's LinkedIn messages say, under one plan (see <see cref="LinkedInDerivation"/>).</summary>
public sealed record LinkedInState
{
    public static readonly LinkedInState Empty = new();

    public DateTimeOffset? First { get; init; }

    public DateTimeOffset? Last { get; init; }

    public int Sent { get; init; }

    public int Received { get; init; }

    /// <summary>The user's first message to them alone since the plan's start.</summary>
    public DateTimeOffset? WrittenAt { get; init; }

    /// <summary>Their messages after one that counted as written, oldest first.</summary>
    public IReadOnlyList<LinkedInReply> Replies { get; init; } = [];

    /// <summary>The <see cref="Replies"/> the user has not written to them since.</summary>
    public IReadOnlyList<LinkedInReply> AwaitingAnswer { get; init; } = [];

    /// <summary>Every message's time, for the silence a written message bridged.</summary>
    public IReadOnlyList<DateTimeOffset> Times { get; init; } = [];
}
