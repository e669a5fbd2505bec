using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Outreach.IntegrationTests.LocalHost.TestFunctions;

/// <summary>HTTP functions the dispatcher tests point their metadata at.</summary>
public sealed class HttpProbeFunctions(InvocationLog log)
{
    public const string Secret = "secret-connection-string-in-message";

    public static IResult Throw(HttpRequest request) => throw new InvalidOperationException(Secret);

    public async Task<IActionResult> Echo(HttpRequest request, Guid id, string name, CancellationToken cancellationToken)
    {
        log.Add(nameof(Echo), id);
        await Task.Yield();
        return new OkObjectResult(new { id, name, method = request.Method });
    }

    public static ValueTask<IResult> EmptyNotFound(HttpRequest request) => ValueTask.FromResult(Results.NotFound());

    public static IResult NeedsContext(HttpRequest request, FunctionContext context) => Results.Ok();
}
