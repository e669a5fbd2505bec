using Outreach.Storage;

namespace Outreach.Functions.Health;

public sealed class HealthFunctions(ApiRunner api, OutreachTable table)
{
    [Function("Health")]
    public Task<IResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request)
        => api.RunAnonymousAsync(request, async cancellationToken =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            try
            {
                await table.GetClientAsync(timeout.Token);
                return Results.Ok(new { status = "ok", storage = "reachable" });
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or OperationCanceledException or InvalidOperationException)
            {
                return Results.Problem(statusCode: 503, title: "Storage is not reachable.", detail: "The API is up, but its storage does not answer.");
            }
        });
}
