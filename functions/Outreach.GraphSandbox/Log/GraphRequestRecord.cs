namespace Outreach.GraphSandbox.Log;

/// <summary>One Graph request the sandbox answered (a <c>$batch</c> logs its envelope and each inner request).</summary>
public sealed record GraphRequestRecord
{
    public required long Sequence { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required DateTimeOffset AnsweredAt { get; init; }

    public required string Method { get; init; }

    /// <summary>Path below <c>/v1.0</c> and query, percent-decoded, so a batch step and a direct request compare equal.</summary>
    public required string PathAndQuery { get; init; }

    /// <summary>The caller's <c>oid</c>; null when the token was missing or unreadable.</summary>
    public string? Mailbox { get; init; }

    /// <summary>Whether the request carried <c>Prefer: IdType="ImmutableId"</c>.</summary>
    public bool ImmutableIdPreferred { get; init; }

    public required int Status { get; init; }

    /// <summary>Seconds given in <c>Retry-After</c>, if any.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>The step id when the request was inside a <c>$batch</c>.</summary>
    public string? BatchStepId { get; init; }

    /// <summary>The SDK's <c>Retry-Attempt</c> header: how often its retry handler had retried this request.</summary>
    public int? RetryAttempt { get; init; }

    /// <summary>Set when fault injection, not the route, produced the answer.</summary>
    public string? Fault { get; init; }
}
