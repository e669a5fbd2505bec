using Outreach.Today;

namespace Outreach.Functions.Today;

public sealed class TodayFunctions(ApiRunner api, TodayService today)
{
    [Function("GetToday")]
    public Task<IResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "today")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) => Results.Ok(await today.GetAsync(user, ct)));
}
