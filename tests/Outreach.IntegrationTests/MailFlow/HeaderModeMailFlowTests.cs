namespace Outreach.IntegrationTests.MailFlow;

// The mail-flow tests once per header mode; each class holds only its mode, the tests are inherited.

/// <summary>The mail-flow tests with and without <c>internetMessageHeaders</c>.</summary>
public static class HeaderModeMailFlowTests
{
    [Collection(MailFlowCollection.Name)]
    public sealed class LinkingWithHeaders(MailFlowFixture fixture) : MailLinkingTests(fixture, MailHeaders.Returned);

    [Collection(MailFlowCollection.Name)]
    public sealed class LinkingWithoutHeaders(MailFlowFixture fixture) : MailLinkingTests(fixture, MailHeaders.Withheld);

    [Collection(MailFlowCollection.Name)]
    public sealed class OrderWithHeaders(MailFlowFixture fixture) : MailOrderTests(fixture, MailHeaders.Returned);

    [Collection(MailFlowCollection.Name)]
    public sealed class OrderWithoutHeaders(MailFlowFixture fixture) : MailOrderTests(fixture, MailHeaders.Withheld);

    [Collection(MailFlowCollection.Name)]
    public sealed class LifecycleWithHeaders(MailFlowFixture fixture) : MailboxLifecycleTests(fixture, MailHeaders.Returned);

    [Collection(MailFlowCollection.Name)]
    public sealed class LifecycleWithoutHeaders(MailFlowFixture fixture) : MailboxLifecycleTests(fixture, MailHeaders.Withheld);
}
