namespace Outreach.GraphSandbox.Subscriptions;

/// <summary>Graph's lifecycle notifications.</summary>
public enum LifecycleEvent
{
    /// <summary>Answer with reauthorize or a renewal.</summary>
    ReauthorizationRequired,

    /// <summary>The subscription is gone: create a new one and resync.</summary>
    SubscriptionRemoved,

    /// <summary>Notifications were lost: resync with delta.</summary>
    Missed,
}
