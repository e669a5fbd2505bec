namespace Outreach.GraphSandbox.Faults;

/// <summary>An injected failure: the status, Retry-After and Graph error to answer with.</summary>
internal sealed record FaultDecision(int Status, int? RetryAfterSeconds, string Code, string Message, string Name)
{
    public static FaultDecision For(int status, int? retryAfterSeconds) => status == 429
        ? new(429, retryAfterSeconds, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", "throttle")
        : new(status, retryAfterSeconds, "ServiceUnavailable", "The service is temporarily unavailable. Please retry.", "unavailable");

    /// <summary>
    /// Outlook's answer beyond 4 concurrent requests per app and mailbox, as Graph sends it: 429,
    /// Retry-After, code <c>ApplicationThrottled</c> and a message naming the <c>MailboxConcurrency</c> limit.
    /// </summary>
    public static FaultDecision Concurrency(int retryAfterSeconds)
        => new(429, retryAfterSeconds, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", FaultInjector.MailboxConcurrencyFault);
}
