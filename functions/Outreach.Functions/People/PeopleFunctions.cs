using Outreach.People;
using Outreach.Review;

namespace Outreach.Functions.People;

public sealed class PeopleFunctions(ApiRunner api, PeopleService people, PersonActions actions, ReviewService review)
{
    [Function("ListPeople")]
    public Task<IResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "people")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) =>
        {
            var query = request.Query;
            return Results.Ok(await people.ListAsync(
                user,
                query["search"],
                QueryValues.Text(query, "status"),
                QueryValues.Flag(query, "suggested"),
                QueryValues.Text(query, "cursor"),
                QueryValues.Number(query, "pageSize"),
                ct));
        });

    [Function("CountPeople")]
    public Task<IResult> Counts([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "people/counts")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) => Results.Ok(await people.CountsAsync(user, ct)));

    [Function("LookupPerson")]
    public Task<IResult> Lookup([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "people/lookup")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) => new ETagResult(await people.LookupAsync(user, request.Query["email"], ct)));

    [Function("GetPerson")]
    public Task<IResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "people/{id}")] HttpRequest request, string id)
        => api.RunAsync(request, async (user, ct) => new ETagResult(await people.GetAsync(user, id, ct)));

    [Function("PatchPerson")]
    public Task<IResult> Patch([HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "people/{id}")] HttpRequest request, string id)
        => api.RunSummaryFirstAsync(request, async (user, ct) =>
        {
            var ifMatch = Preconditions.RequiredETag(request, "the person's");
            var patch = await RequestBody.ReadJsonAsync<PersonPatch>(request);
            return new ETagResult(await people.PatchAsync(user, id, ifMatch, patch, ct));
        });

    [Function("SkipPerson")]
    public Task<IResult> Skip([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{id}/skip")] HttpRequest request, string id)
        => api.RunSummaryFirstAsync(request, async (user, ct) => Results.Ok(await actions.SkipAsync(user, id, ct)));

    [Function("SnoozePerson")]
    public Task<IResult> Snooze([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{id}/snooze")] HttpRequest request, string id)
        => api.RunSummaryFirstAsync(request, async (user, ct) =>
        {
            var body = await RequestBody.ReadJsonAsync<SnoozeRequest>(request);
            return Results.Ok(await actions.SnoozeAsync(user, id, body.Until, ct));
        });

    [Function("MarkPersonWritten")]
    public Task<IResult> Written([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{id}/written")] HttpRequest request, string id)
        => api.RunSummaryFirstAsync(request, async (user, ct) => Results.Ok(await actions.MarkWrittenAsync(user, id, PersonActions.ViaElsewhere, null, ct)));

    [Function("WriteStarted")]
    public Task<IResult> WriteStarted([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{id}/write-started")] HttpRequest request, string id)
        => api.RunAsync(request, async (user, ct) =>
        {
            await review.WriteStartedAsync(user, id, ct);
            return Results.NoContent();
        });

    [Function("ReopenPerson")]
    public Task<IResult> Reopen([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{id}/reopen")] HttpRequest request, string id)
        => api.RunSummaryFirstAsync(request, async (user, ct) => Results.Ok(await actions.ReopenAsync(user, id, ct)));

    private sealed record SnoozeRequest(DateOnly? Until);

    private sealed class ETagResult(PersonView person) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ETag = person.ETag;
            return Results.Ok(person).ExecuteAsync(httpContext);
        }
    }
}
