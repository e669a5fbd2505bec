namespace Outreach.GraphSandbox.Log;

/// <summary>
/// A refused request (429/503 with Retry-After) whose retry came too early, or never came:
/// <see cref="Retry"/> is then null.
/// </summary>
public sealed record RetryAfterViolation(GraphRequestRecord Refused, GraphRequestRecord? Retry)
{
    /// <summary>How long the client waited between the refusal and its retry.</summary>
    public TimeSpan? Waited => Retry is null ? null : Retry.ReceivedAt - Refused.AnsweredAt;

    public override string ToString()
        => Retry is null
            ? $"{Refused.Method} {Refused.PathAndQuery}: refused with Retry-After {Refused.RetryAfterSeconds}s, never retried"
            : $"{Refused.Method} {Refused.PathAndQuery}: refused with Retry-After {Refused.RetryAfterSeconds}s, retried after {Waited!.Value.TotalMilliseconds:0} ms";
}
