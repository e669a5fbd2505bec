namespace Outreach.Mail.Graph;

/// <summary>
/// Outreach can no longer get Graph tokens for the user without them: the mailbox needs a reconnect.
/// It is a state to record, not a failure to retry: asking again gives the same answer until the user
/// connects again.
/// </summary>
public sealed class GraphReconnectRequiredException : Exception
{
    public GraphReconnectRequiredException(UserId user, GraphReconnectReason reason, string? detail = null, Exception? innerException = null)
        : base($"The mailbox of {user} needs to be connected again ({reason}){(detail is null ? "." : ": " + detail)}", innerException)
    {
        User = user;
        Reason = reason;
    }

    public UserId User { get; }

    public GraphReconnectReason Reason { get; }

    /// <summary>A claims challenge from the identity provider, to hand to the client when it signs in again.</summary>
    public string? Claims { get; init; }
}
