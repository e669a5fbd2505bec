using Outreach.Mail.Replies;

namespace Outreach.Functions.Replies;

public sealed class RepliesFunctions(ApiRunner api, RepliesService replies)
{
    [Function("ListReplies")]
    public Task<IResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "replies")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) => Results.Ok(new { items = await replies.ListAsync(user, ct) }));

    [Function("DismissReply")]
    public Task<IResult> Dismiss([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "replies/{id}/dismiss")] HttpRequest request, string id)
        => api.RunAsync(request, async (user, ct) =>
        {
            await replies.DismissAsync(user, id, ct);
            return Results.NoContent();
        });
}
