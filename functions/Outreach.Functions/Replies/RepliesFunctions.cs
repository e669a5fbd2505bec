using Outreach.Mail.Replies;

namespace Outreach.Functions.Replies;

public sealed class RepliesFunctions(ApiRunner api, RepliesService replies)
{
    [Function("ListReplies")]
    public Task<IResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "replies")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) => Results.Ok(new { items = await replies.ListAsync(user, ct) }));
}
