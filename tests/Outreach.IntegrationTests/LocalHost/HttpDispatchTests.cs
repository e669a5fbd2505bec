using System.Net.Http.Json;
using System.Text.Json;
using Outreach.IntegrationTests.LocalHost.TestFunctions;
using Outreach.Local.Catalog;
using Outreach.Local.Http;

namespace Outreach.IntegrationTests.LocalHost;

/// <summary>How the local host binds, invokes and answers HTTP functions (test metadata, real Kestrel).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HttpDispatchTests(AzuriteFixture storage)
{
    private readonly InvocationLog _log = new();

    [Fact]
    public async Task UnhandledExceptionGives500ProblemJsonWithoutStackTraceOrMessage()
    {
        var app = TestFunctionApp.Write(TestFunctionApp.DefaultHostJson, TestFunctionApp.Http<HttpProbeFunctions>(nameof(HttpProbeFunctions.Throw), "throw", "get"));
        await using var host = await DispatcherHost.StartAsync(storage, app, _log);
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/api/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(HttpProbeFunctions.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        var problem = await LocalHostServesFunctionAppTests.ReadProblemAsync(response);
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task RouteValuesBindByNameAndActionResultsExecute()
    {
        var app = TestFunctionApp.Write(TestFunctionApp.DefaultHostJson, TestFunctionApp.Http<HttpProbeFunctions>(nameof(HttpProbeFunctions.Echo), "echo/{id:guid}/{name}", "get", "post"));
        await using var host = await DispatcherHost.StartAsync(storage, app, _log);
        using var client = host.CreateClient();
        var id = Guid.NewGuid();

        var echoed = await client.GetFromJsonAsync<JsonElement>($"/api/echo/{id}/bob");

        Assert.Equal(id, echoed.GetProperty("id").GetGuid());
        Assert.Equal("bob", echoed.GetProperty("name").GetString());
        Assert.Equal("GET", echoed.GetProperty("method").GetString());
        Assert.Equal([id], _log.Of(nameof(HttpProbeFunctions.Echo)));
    }

    [Fact]
    public async Task RoutePrefixComesFromHostJson()
    {
        var hostJson = new { version = "2.0", extensions = new { http = new { routePrefix = "v1" } } };
        var app = TestFunctionApp.Write(hostJson, TestFunctionApp.Http<HttpProbeFunctions>(nameof(HttpProbeFunctions.Echo), "echo/{id:guid}/{name}", "get"));
        await using var host = await DispatcherHost.StartAsync(storage, app, _log);
        using var client = host.CreateClient();

        using var prefixed = await client.GetAsync($"/v1/echo/{Guid.NewGuid()}/x");
        using var unprefixed = await client.GetAsync($"/api/echo/{Guid.NewGuid()}/x");

        Assert.Equal(HttpStatusCode.OK, prefixed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unprefixed.StatusCode);
    }

    [Fact]
    public async Task AnEmptyStatusAFunctionReturnsIsNotTurnedIntoAProblem()
    {
        var app = TestFunctionApp.Write(TestFunctionApp.DefaultHostJson, TestFunctionApp.Http<HttpProbeFunctions>(nameof(HttpProbeFunctions.EmptyNotFound), "empty"));
        await using var host = await DispatcherHost.StartAsync(storage, app, _log);
        using var client = host.CreateClient();

        using var response = await client.DeleteAsync("/api/empty");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.Contains(HttpFunctionEndpoints.FunctionNameHeader));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task FunctionContextParameterFailsAtStartupNamingTheFunction()
    {
        var app = TestFunctionApp.Write(TestFunctionApp.DefaultHostJson, TestFunctionApp.Http<HttpProbeFunctions>(nameof(HttpProbeFunctions.NeedsContext), "context", "get"));

        var error = await Assert.ThrowsAsync<FunctionIndexingException>(() => DispatcherHost.StartAsync(storage, app, _log));

        Assert.Contains(nameof(HttpProbeFunctions.NeedsContext), error.Message, StringComparison.Ordinal);
        Assert.Contains("FunctionContext", error.Message, StringComparison.Ordinal);
    }
}
