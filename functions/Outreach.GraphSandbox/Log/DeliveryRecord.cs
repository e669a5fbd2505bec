namespace Outreach.GraphSandbox.Log;

/// <summary>One POST the sandbox made to a webhook.</summary>
public sealed record DeliveryRecord
{
    public required long Sequence { get; init; }

    public required DateTimeOffset At { get; init; }

    public required DeliveryKind Kind { get; init; }

    public required string Url { get; init; }

    public string? SubscriptionId { get; init; }

    /// <summary>The message id a change notification was about.</summary>
    public string? MessageId { get; init; }

    /// <summary>The lifecycle event sent, for lifecycle notifications.</summary>
    public string? LifecycleEvent { get; init; }

    /// <summary>The webhook's status code; null when it could not be reached or timed out.</summary>
    public int? Status { get; init; }

    public required double ElapsedMilliseconds { get; init; }

    /// <summary>Why there is no status, or why a validation failed.</summary>
    public string? Error { get; init; }
}

public enum DeliveryKind
{
    /// <summary>The subscription validation handshake (<c>?validationToken=</c>).</summary>
    Validation,

    /// <summary>A change notification.</summary>
    Notification,

    /// <summary>A lifecycle notification.</summary>
    Lifecycle,
}
