using Outreach.Plan;

namespace Outreach.Functions.Plan;

public sealed class PlanFunctions(ApiRunner api, PlanService plans)
{
    [Function("GetPlan")]
    public Task<IResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "plan")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) => Results.Ok(await plans.GetAsync(user, ct)));

    [Function("PutPlan")]
    public Task<IResult> Put([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "plan")] HttpRequest request)
        => api.RunSummaryFirstAsync(request, async (user, ct) =>
            Results.Ok(await plans.PutAsync(user, await RequestBody.ReadJsonAsync<PlanInput>(request), ct)));
}
