namespace Outreach.Review;

/// <param name="CareerChanges">Career changes seen by imports in the period.</param>
/// <param name="PeopleWhoMoved">Today: people whose company differs from the first one Outreach saw, or whose address bounced.</param>
/// <param name="BouncedAddresses">Today: addresses marked bounced.</param>
/// <param name="AddressesFound">Today: addresses found in the mailbox and accepted.</param>
public sealed record NetworkFigures(int CareerChanges, int PeopleWhoMoved, int BouncedAddresses, int AddressesFound);
