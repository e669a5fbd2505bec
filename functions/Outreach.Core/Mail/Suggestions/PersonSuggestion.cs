using Outreach.Mail.Rules;

namespace Outreach.Mail.Suggestions;

/// <summary>A person without an address and the addresses the mailbox suggests.</summary>
public sealed record PersonSuggestion(string PersonId, string? FirstName, string? LastName, IReadOnlyList<AddressSuggestion> Suggestions);
