namespace Outreach.IntegrationTests.MailFlow;

/// <summary>
/// Whether Graph returns <c>internetMessageHeaders</c>: undocumented either way under Mail.ReadBasic,
/// so the mail flow must give the same results in both modes.
/// </summary>
public enum MailHeaders
{
    Returned,
    Withheld,
}
