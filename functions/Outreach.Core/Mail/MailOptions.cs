namespace Outreach.Mail;

/// <summary>How Outreach follows mailboxes: bound from the <c>Mail</c> configuration section.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The public URL of <c>POST /api/graph/notifications</c> that Graph calls.</summary>
    public string? NotificationUrl { get; set; }

    /// <summary>The public URL of <c>POST /api/graph/lifecycle</c>; derived from <see cref="NotificationUrl"/> when empty.</summary>
    public string? LifecycleNotificationUrl { get; set; }

    /// <summary>Subscription lifetime; Graph allows at most 10,080 minutes for messages.</summary>
    public int SubscriptionMinutes { get; set; } = 10_000;

    /// <summary>Renew a subscription when less than this is left (well before it lapses).</summary>
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Delta page size asked for with <c>Prefer: odata.maxpagesize</c>.</summary>
    public int DeltaPageSize { get; set; } = 200;

    /// <summary>A message that failed this often goes to the poison queue.</summary>
    public int MaxAttempts { get; set; } = 5;

    public string? LifecycleUrl()
        => !string.IsNullOrEmpty(LifecycleNotificationUrl)
            ? LifecycleNotificationUrl
            : NotificationUrl?.Replace("/graph/notifications", "/graph/lifecycle", StringComparison.Ordinal);
}
