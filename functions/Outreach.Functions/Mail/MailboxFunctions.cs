using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Outreach.Auth;
using Outreach.Http;
using Outreach.Mail.Mailbox;
using Outreach.Mail.Replies;
using Outreach.Mail.Suggestions;

namespace Outreach.Functions.Mail;

public sealed class MailboxFunctions(ApiRunner api, MailboxService mailboxes, RepliesService replies, SuggestionService suggestions)
{
    [Function("ConnectMailbox")]
    public Task<IResult> Connect([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "mailbox/connect")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) =>
        {
            // The caller's own (already validated) API token is what the on-behalf-of session starts from.
            var token = AccessTokenValidator.ReadBearerToken(request.Headers.Authorization.ToString());
            return Results.Ok(await mailboxes.ConnectAsync(user, token, ct));
        });

    [Function("GetMailbox")]
    public Task<IResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "mailbox")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) => Results.Ok(await mailboxes.GetAsync(user, ct)));

    [Function("ListReplies")]
    public Task<IResult> Replies([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "replies")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) => Results.Ok(new { items = await replies.ListAsync(user, ct) }));

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
