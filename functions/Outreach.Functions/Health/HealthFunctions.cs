using Outreach.Problems;
using Outreach.Storage;

namespace Outreach.Functions.Health;

public sealed class HealthFunctions(ApiRunner api, StorageProbe storage)
{
    [Function("Health")]
    public Task<IResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request)
        => api.RunAnonymousAsync(request, async cancellationToken => await storage.IsReachableAsync(cancellationToken)
            ? Results.Ok(new { status = "ok", storage = "reachable" })
            : throw ApiProblemException.Unavailable("The API is up, but its storage does not answer.", StorageFailures.RetryAfter));
}
