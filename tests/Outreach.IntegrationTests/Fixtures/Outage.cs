namespace Outreach.IntegrationTests.Fixtures;

/// <summary>A request that storage goes down under, at a point the test chose, and the 503 it must answer.</summary>
public static class Outage
{
    /// <summary>
    /// Sends the request while <paramref name="storageDown"/> is armed, brings storage back whatever happens, and
    /// returns the problem of the 503 (with Retry-After) the request answered.
    /// </summary>
    /// <param name="storageDown">Completes when storage went down; it must have by the time the request answers.</param>
    /// <param name="tooShort">What it means when storage was never reached at the armed point.</param>
    public static async Task<JsonObject> ProblemAsync(Task storageDown, Action startStorage, Func<Task<HttpResponseMessage>> send, string tooShort)
    {
        HttpResponseMessage response;
        try
        {
            response = await send();
            Assert.True(storageDown.IsCompleted, tooShort);
            await storageDown;
        }
        finally
        {
            startStorage();
        }

        using (response)
        {
            var problem = await ApiClient.ProblemAsync(response, 503);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
            return problem;
        }
    }
}
