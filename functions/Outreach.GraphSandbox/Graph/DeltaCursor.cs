using Outreach.GraphSandbox.Mail;

namespace Outreach.GraphSandbox.Graph;

/// <summary>
/// What a <c>$skiptoken</c> or <c>$deltatoken</c> stands for. A skip cursor holds the round's entries
/// and where the next page starts; a delta cursor the change sequence to continue from. Both remember
/// the <c>$select</c> of the round's first request, as Graph's links do.
/// </summary>
internal sealed record DeltaCursor
{
    public required string Mailbox { get; init; }

    public required string Folder { get; init; }

    public required IReadOnlyList<string> Select { get; init; }

    /// <summary>The folder's token generation when issued; an expiry fault moves it on.</summary>
    public required int TokenGeneration { get; init; }

    /// <summary>The change sequence the round's delta link continues from.</summary>
    public required long Sequence { get; init; }

    /// <summary>The round's entries (skip cursors only).</summary>
    public IReadOnlyList<DeltaEntry>? Entries { get; init; }

    public int Offset { get; init; }
}
