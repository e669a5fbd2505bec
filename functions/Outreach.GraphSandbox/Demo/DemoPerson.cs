namespace Outreach.GraphSandbox.Demo;

/// <summary>
/// Someone in the demo network the mailbox knows. <paramref name="HistoryRequired"/> forces old mail
/// with them — for people whose address is found only in the mailbox, not in the LinkedIn export.
/// </summary>
public sealed record DemoPerson(string Name, string Address, bool HistoryRequired = false);
