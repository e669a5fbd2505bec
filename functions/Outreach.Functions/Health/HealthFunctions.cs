using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Outreach.Functions.Health;

public sealed class HealthFunctions
{
    [Function("Health")]
    public static IResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request)
        => Results.Ok(new { status = "ok" });
}
