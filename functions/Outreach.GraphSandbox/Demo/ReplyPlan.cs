namespace Outreach.GraphSandbox.Demo;

/// <summary>How a demo person answers a mail from the user.</summary>
public enum ReplyKind
{
    None,
    Reply,
    OutOfOffice,
    Bounce,
}

/// <summary>The answer a person gives to the user's <paramref name="Nth"/> mail to them (1-based), and when.</summary>
public sealed record ReplyPlan(DemoPerson Person, int Nth, ReplyKind Kind, TimeSpan Delay);
