using Outreach.People;

namespace Outreach.Ledger;

/// <summary>A person as read (null when new) and as it should be written.</summary>
public sealed record PersonChange(PersonEntity? Before, PersonEntity After);
