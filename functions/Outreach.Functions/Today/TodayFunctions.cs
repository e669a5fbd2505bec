using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Outreach.Http;
using Outreach.Today;

namespace Outreach.Functions.Today;

public sealed class TodayFunctions(ApiRunner api, TodayService today, PersonActions actions)
{
    [Function("GetToday")]
    public Task<IResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "today")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) => Results.Ok(await today.GetAsync(user, ct)));

    [Function("SkipPerson")]
    public Task<IResult> Skip([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{id}/skip")] HttpRequest request, string id)
        => api.RunAsync(request, async (user, ct) => Results.Ok(await actions.SkipAsync(user, id, ct)));

    [Function("SnoozePerson")]
    public Task<IResult> Snooze([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{id}/snooze")] HttpRequest request, string id)
        => api.RunAsync(request, async (user, ct) =>
        {
            var body = await RequestBody.ReadJsonAsync<SnoozeRequest>(request);
            return Results.Ok(await actions.SnoozeAsync(user, id, body.Until, ct));
        });

    [Function("MarkPersonWritten")]
    public Task<IResult> Written([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{id}/written")] HttpRequest request, string id)
        => api.RunAsync(request, async (user, ct) => Results.Ok(await actions.MarkWrittenAsync(user, id, PersonActions.ViaElsewhere, null, ct)));

    [Function("ReopenPerson")]
    public Task<IResult> Reopen([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{id}/reopen")] HttpRequest request, string id)
        => api.RunAsync(request, async (user, ct) => Results.Ok(await actions.ReopenAsync(user, id, ct)));

    private sealed record SnoozeRequest(DateOnly? Until);
}
