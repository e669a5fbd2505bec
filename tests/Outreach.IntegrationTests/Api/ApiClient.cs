using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Outreach.IntegrationTests.Api;

/// <summary>A signed-in user talking to the running local host over HTTP.</summary>
public sealed class ApiClient : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient http;

    public ApiClient(Uri baseAddress, string? token)
    {
        http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public HttpClient Http => http;

    public Task<HttpResponseMessage> ImportAsync(string csv, string contentType = "text/csv")
        => ImportAsync(Encoding.UTF8.GetBytes(csv), contentType);

    public Task<HttpResponseMessage> ImportAsync(byte[] content, string contentType = "text/csv")
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return http.PostAsync("api/imports", body);
    }

    public async Task<JsonObject> ImportOkAsync(string csv)
    {
        using var response = await ImportAsync(csv);
        return await OkAsync(response);
    }

    public async Task<JsonObject> GetOkAsync(string path)
    {
        using var response = await http.GetAsync(path);
        return await OkAsync(response);
    }

    public async Task<JsonObject> PostOkAsync(string path, object? body = null)
    {
        using var response = body is null ? await http.PostAsync(path, null) : await http.PostAsJsonAsync(path, body, Json);
        return await OkAsync(response);
    }

    public async Task<JsonObject> PutOkAsync(string path, object body)
    {
        using var response = await http.PutAsJsonAsync(path, body, Json);
        return await OkAsync(response);
    }

    public Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string path, string json, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return http.SendAsync(request);
    }

    /// <summary>All people of the user, following cursors.</summary>
    public async Task<List<JsonObject>> AllPeopleAsync(string query = "")
    {
        var people = new List<JsonObject>();
        string? cursor = null;
        do
        {
            var separator = query.Length == 0 ? "?" : "&";
            var page = await GetOkAsync($"api/people{(query.Length == 0 ? string.Empty : "?" + query)}{(cursor is null ? string.Empty : separator + "cursor=" + Uri.EscapeDataString(cursor))}");
            people.AddRange(page["items"]!.AsArray().Select(p => p!.AsObject()));
            cursor = page["cursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return people;
    }

    public static async Task<JsonObject> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Asserts an RFC 9457 problem with the status and returns it.</summary>
    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()));
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        return problem;
    }

    public void Dispose() => http.Dispose();
}
