namespace Outreach.GraphSandbox.Demo;

/// <summary>The old mail seeded for one person: how many, first and last exchanged.</summary>
public sealed record PersonHistory(DemoPerson Person, int Mails, DateTimeOffset FirstExchanged, DateTimeOffset LastExchanged);
