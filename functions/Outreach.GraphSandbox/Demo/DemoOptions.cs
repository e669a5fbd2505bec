namespace Outreach.GraphSandbox.Demo;

/// <summary>How a demo mailbox looks and how its people answer.</summary>
public sealed record DemoOptions
{
    /// <summary>Share of people (besides those that require it) with old mail in the mailbox.</summary>
    public double HistoryShare { get; init; } = 0.35;

    /// <summary>The earliest year old mail can date from.</summary>
    public int HistoryFromYear { get; init; } = 2012;

    /// <summary>After the user writes, a person answers after a delay between these two.</summary>
    public TimeSpan ReplyDelayMin { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan ReplyDelayMax { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Shares of mails answered by a reply, an out-of-office notice, or a bounce; the rest stay unanswered.</summary>
    public double ReplyShare { get; init; } = 0.5;

    public double OutOfOfficeShare { get; init; } = 0.1;

    public double BounceShare { get; init; } = 0.05;
}
