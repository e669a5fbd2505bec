using Outreach.Privacy;

namespace Outreach.Functions.Privacy;

public sealed class PrivacyFunctions(ApiRunner api, PrivacyService privacy)
{
    private const string EraseStatusRoute = "/api/me/erase";

    [Function("ExportMyData")]
    public Task<IResult> Export([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "export")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) =>
        {
            request.HttpContext.Response.Headers.ContentDisposition = "attachment; filename=\"outreach-export.json\"";
            return Results.Ok(await privacy.ExportAsync(user, ct));
        });

    /// <summary>202 while the erase runs (it goes on without the caller), 204 when there was nothing to erase.</summary>
    [Function("EraseMyData")]
    public Task<IResult> Erase([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "me")] HttpRequest request)
        => api.RunDuringEraseAsync(request, async (user, ct) =>
            await privacy.StartEraseAsync(user, ct) == EraseState.Nothing
                ? Results.NoContent()
                : Results.Accepted(EraseStatusRoute, new EraseStatus(EraseState.Pending)));

    [Function("EraseStatus")]
    public Task<IResult> EraseStatus([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/erase")] HttpRequest request)
        => api.RunDuringEraseAsync(request, async (user, ct) => Results.Ok(new EraseStatus(await privacy.EraseStateAsync(user, ct))));

    [Function("ContinueErase")]
    public Task ContinueErase([QueueTrigger(EraseQueue.Name)] string message, CancellationToken cancellationToken)
        => privacy.ContinueEraseAsync(EraseQueue.Read(message), cancellationToken);
}
