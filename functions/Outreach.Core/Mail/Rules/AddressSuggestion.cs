namespace Outreach.Mail.Rules;

/// <summary>An address that may be a person's: the display name that matched and how often the user corresponded with it.</summary>
public sealed record AddressSuggestion(string Address, string MatchedName, int Count);
