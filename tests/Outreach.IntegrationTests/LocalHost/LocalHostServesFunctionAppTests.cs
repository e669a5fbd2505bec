using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Outreach.Local.Catalog;
using Outreach.Local.Http;

namespace Outreach.IntegrationTests.LocalHost;

/// <summary>The real Function App, as its functions.metadata declares it, served by the local host.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class LocalHostServesFunctionAppTests(LocalHostFixture fixture)
{
    private static readonly string[] AnyMethod = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    [Fact]
    public async Task EveryHttpFunctionInTheMetadataIsServedAtItsRouteWithItsMethods()
    {
        using var client = fixture.CreateClient("alice");
        var prefix = fixture.Host.Catalog.Host.RoutePrefix;
        var checkedRequests = new List<string>();

        foreach (var entry in FunctionCatalog.ReadMetadata(FunctionAppFiles.Default.MetadataPath))
        {
            var trigger = entry.Bindings.SingleOrDefault(b => b.Type == "httpTrigger");
            if (trigger is null)
            {
                continue;
            }

            var path = "/" + string.Join('/', new[] { prefix, RouteSamples.Fill(trigger.Route ?? entry.Name) }.Where(p => p.Length > 0));
            foreach (var method in trigger.Methods is { Count: > 0 } methods ? methods.Select(m => m.ToUpperInvariant()) : ["GET"])
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is not ("GET" or "HEAD" or "DELETE"))
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);

                // The host marks responses a function produced; a 404/405 of the host itself has no mark.
                Assert.True(
                    response.Headers.TryGetValues(HttpFunctionEndpoints.FunctionNameHeader, out var served) && served.Single() == entry.Name,
                    $"{method} {path} did not reach function {entry.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                checkedRequests.Add($"{method} {path}");
            }
        }

        Assert.NotEmpty(checkedRequests);
    }

    [Fact]
    public async Task UnknownRouteGives404ProblemJson()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync("/api/no-such-route");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await ReadProblemAsync(response);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.False(response.Headers.Contains(HttpFunctionEndpoints.FunctionNameHeader));
    }

    [Fact]
    public async Task WrongMethodOnAKnownRouteGives405ProblemJsonWithAllow()
    {
        var function = fixture.Host.Catalog.OfKind(TriggerKind.Http).FirstOrDefault(f => f.Trigger.Methods is { Count: > 0 });
        Assert.NotNull(function);
        var allowed = function.Trigger.Methods!.Select(m => m.ToUpperInvariant()).ToList();
        var wrong = AnyMethod.First(m => !allowed.Contains(m));
        var path = "/" + fixture.Host.Catalog.Host.RoutePrefix + "/" + RouteSamples.Fill(function.Trigger.Route ?? function.Name);
        using var client = fixture.CreateClient();

        using var request = new HttpRequestMessage(new HttpMethod(wrong), path);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allowed.Order(), response.Content.Headers.Allow.Order());
        var problem = await ReadProblemAsync(response);
        Assert.Equal(405, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task DevelopmentIssuerIsServedOutsideTheFunctionRoutes()
    {
        using var client = fixture.CreateClient();

        var metadata = await client.GetFromJsonAsync<JsonElement>(new Uri(fixture.Tokens.MetadataAddress));

        Assert.Equal(fixture.Tokens.Issuer, metadata.GetProperty("issuer").GetString());
        Assert.Equal(fixture.Host.Configuration["Auth:Authority"], fixture.Tokens.Issuer);
        Assert.DoesNotContain(fixture.Host.Catalog.Functions, f => (f.Trigger.Route ?? string.Empty).Contains("dev-issuer", StringComparison.Ordinal));
    }

    internal static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.TryGetProperty("traceId", out _), "problem has a traceId");
        return problem;
    }
}
