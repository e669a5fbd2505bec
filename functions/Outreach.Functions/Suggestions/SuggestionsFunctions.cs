using Outreach.Mail.Suggestions;

namespace Outreach.Functions.Suggestions;

public sealed class SuggestionsFunctions(ApiRunner api, SuggestionService suggestions)
{
    [Function("AcceptSuggestion")]
    public Task<IResult> Accept([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{id}/suggestions/accept")] HttpRequest request, string id)
        => api.RunAsync(request, async (user, ct) =>
            Results.Ok(await suggestions.AcceptAsync(user, id, (await RequestBody.ReadJsonAsync<SuggestionDecision>(request)).Address, ct)));

    [Function("RejectSuggestion")]
    public Task<IResult> Reject([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{id}/suggestions/reject")] HttpRequest request, string id)
        => api.RunAsync(request, async (user, ct) =>
            Results.Ok(await suggestions.RejectAsync(user, id, (await RequestBody.ReadJsonAsync<SuggestionDecision>(request)).Address, ct)));

    private sealed record SuggestionDecision(string? Address);
}
