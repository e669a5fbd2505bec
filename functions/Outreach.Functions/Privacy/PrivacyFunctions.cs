using Outreach.Privacy;

namespace Outreach.Functions.Privacy;

public sealed class PrivacyFunctions(ApiRunner api, PrivacyService privacy)
{
    [Function("ExportMyData")]
    public Task<IResult> Export([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "export")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) =>
        {
            request.HttpContext.Response.Headers.ContentDisposition = "attachment; filename=\"outreach-export.json\"";
            return Results.Ok(await privacy.ExportAsync(user, ct));
        });

    [Function("EraseMyData")]
    public Task<IResult> Erase([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "me")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) =>
        {
            await privacy.EraseAsync(user, ct);
            return Results.NoContent();
        });
}
