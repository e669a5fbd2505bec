namespace Outreach.Ledger;

/// <summary>Someone else wrote one of the rows first; the caller re-reads and tries again.</summary>
public sealed class ConcurrentChangeException(string message) : Exception(message);
