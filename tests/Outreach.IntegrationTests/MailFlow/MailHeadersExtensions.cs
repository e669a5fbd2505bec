namespace Outreach.IntegrationTests.MailFlow;

public static class MailHeadersExtensions
{
    /// <summary>
    /// Graph's times have a resolution of one second. Without headers nothing else orders a reply after the
    /// mail it answers, so a test that answers at once lets the clock move on to the next second first.
    /// </summary>
    public static Task NextSecondAsync(this MailHeaders headers)
        => headers == MailHeaders.Withheld ? Task.Delay(TimeSpan.FromMilliseconds(1000 - DateTimeOffset.UtcNow.Millisecond + 20)) : Task.CompletedTask;
}
