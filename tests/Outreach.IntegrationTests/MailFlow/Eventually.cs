namespace Outreach.IntegrationTests.MailFlow;

/// <summary>Waits for background work (queue triggers) to reach a state, failing with the last observation.</summary>
public static class Eventually
{
    public static async Task<T> ThatAsync<T>(Func<Task<T>> observe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        T last;
        do
        {
            last = await observe();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}; last seen: {last}");
    }
}
