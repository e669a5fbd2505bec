namespace Outreach.GraphSandbox.Demo;

/// <summary>
/// One row of the demo's LinkedIn export. <see cref="EmailAddress"/> is what the export shows (most
/// people do not share it); <see cref="MailboxAddress"/> is the address their mail in the demo mailbox
/// comes from — for some it is known only from there.
/// </summary>
public sealed record DemoConnection(
    string FirstName, string LastName, string Url, string? EmailAddress, string? Company, string? Position, DateOnly ConnectedOn, string? MailboxAddress)
{
    public string Name => $"{FirstName} {LastName}";
}
