using Outreach.Local.Tokens;

namespace Outreach.IntegrationTests.Api;

[Collection(LocalHostCollection.Name)]
public sealed class AuthApiTests(LocalHostFixture fixture)
{
    public static TheoryData<string> BadTokens => new()
    {
        "missing", "notBearer", "garbage", "expired", "notYetValid", "wrongAudience", "wrongIssuer", "badSignature", "algNone", "noUser",
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task BadTokenIsRejectedWith401(string kind)
    {
        var tokens = fixture.Tokens;
        var now = DateTimeOffset.UtcNow;
        var token = kind switch
        {
            "missing" => null,
            "notBearer" => null,
            "garbage" => "not-a-jwt",
            "expired" => tokens.CreateToken("alice", new DevelopmentTokenOptions { IssuedAt = now.AddHours(-3), NotBefore = now.AddHours(-3), Expires = now.AddHours(-1) }),
            "notYetValid" => tokens.CreateToken("alice", new DevelopmentTokenOptions { IssuedAt = now, NotBefore = now.AddHours(1), Expires = now.AddHours(2) }),
            "wrongAudience" => tokens.CreateToken("alice", new DevelopmentTokenOptions { Audience = "api://someone-else" }),
            "wrongIssuer" => tokens.CreateToken("alice", new DevelopmentTokenOptions { Issuer = "https://evil.example/v2.0" }),
            "badSignature" => tokens.CreateToken("alice", new DevelopmentTokenOptions { SigningKey = DevelopmentTokenIssuer.CreateUntrustedKey() }),
            "algNone" => tokens.CreateUnsignedToken("alice"),
            _ => tokens.CreateToken("alice", new DevelopmentTokenOptions { TenantId = Guid.Empty, ObjectId = Guid.Empty }),
        };
        using var api = new ApiClient(fixture.BaseAddress, token);
        if (kind == "notBearer")
        {
            api.Http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Basic YWxpY2U6c2VjcmV0");
        }

        using var response = await api.Http.GetAsync("api/today");

        var problem = await ApiClient.ProblemAsync(response, 401);
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()));
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenWithoutTheScopeIsForbidden()
    {
        using var api = new ApiClient(fixture.BaseAddress, fixture.Tokens.CreateToken("alice", new DevelopmentTokenOptions { Scope = "Mail.Read" }));

        using var response = await api.Http.GetAsync("api/today");

        await ApiClient.ProblemAsync(response, 403);
    }

    [Fact]
    public async Task EveryRouteButHealthAndTheWebhooksNeedsAToken()
    {
        using var anonymous = new ApiClient(fixture.BaseAddress, null);
        foreach (var (method, route) in FunctionCatalogRoutes())
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), "api/" + route.Replace("{id}", "0123456789abcdef01234567", StringComparison.Ordinal));
            using var response = await anonymous.Http.SendAsync(request);
            if (route == "health")
            {
                Assert.Equal(200, (int)response.StatusCode);
            }
            else if (route.StartsWith("graph/", StringComparison.Ordinal))
            {
                // Graph's webhooks carry no user token: each item proves itself by clientState instead.
                await ApiClient.ProblemAsync(response, 400);
            }
            else
            {
                await ApiClient.ProblemAsync(response, 401);
            }
        }
    }

    [Fact]
    public async Task OneUserCannotReadChangeOrEraseAnotherUsersPeople()
    {
        using var alice = fixture.NewUser();
        using var mallory = fixture.NewUser();
        await alice.ImportOkAsync(new LinkedInCsv().Add("Jane", "Doe", "jane@example.com").ToString());
        var jane = Assert.Single(await alice.AllPeopleAsync());
        var id = jane["id"]!.GetValue<string>();

        Assert.Empty(await mallory.AllPeopleAsync());
        using (var get = await mallory.Http.GetAsync($"api/people/{id}"))
        {
            await ApiClient.ProblemAsync(get, 404);
        }

        using (var lookup = await mallory.Http.GetAsync("api/people/lookup?email=jane%40example.com"))
        {
            await ApiClient.ProblemAsync(lookup, 404);
        }

        using (var patch = await mallory.SendJsonAsync(HttpMethod.Patch, $"api/people/{id}", """{"notes":"mine now"}""", jane["eTag"]!.GetValue<string>()))
        {
            await ApiClient.ProblemAsync(patch, 404);
        }

        foreach (var action in new[] { "skip", "written", "reopen" })
        {
            using var post = await mallory.Http.PostAsync($"api/people/{id}/{action}", null);
            await ApiClient.ProblemAsync(post, 404);
        }

        using (var erase = await mallory.Http.DeleteAsync("api/me"))
        {
            Assert.Equal(204, (int)erase.StatusCode);
        }

        var still = await alice.GetOkAsync($"api/people/{id}");
        Assert.Equal("open", still["status"]!.GetValue<string>());
        Assert.Equal(string.Empty, still["notes"]!.GetValue<string>());
    }

    private static IEnumerable<(string Method, string Route)> FunctionCatalogRoutes()
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));
        foreach (var function in document.RootElement.EnumerateArray())
        {
            foreach (var binding in function.GetProperty("bindings").EnumerateArray())
            {
                if (binding.GetProperty("type").GetString() == "httpTrigger")
                {
                    foreach (var method in binding.GetProperty("methods").EnumerateArray())
                    {
                        yield return (method.GetString()!, binding.GetProperty("route").GetString()!);
                    }
                }
            }
        }
    }
}
