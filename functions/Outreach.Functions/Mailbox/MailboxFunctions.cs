using Outreach.Auth;
using Outreach.Mail.Mailbox;

namespace Outreach.Functions.Mailbox;

public sealed class MailboxFunctions(ApiRunner api, MailboxService mailboxes)
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
}
