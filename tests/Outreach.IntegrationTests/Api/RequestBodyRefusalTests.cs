using System.Net.Sockets;
using System.Text;

namespace Outreach.IntegrationTests.Api;

/// <summary>Bodies the API cannot read are the client's fault: a 413 or a 400 naming why, never a 500 or a "storage down" 503.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class RequestBodyRefusalTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task AJsonBodyOverOneMebibyteIs413BeforeItIsRead()
    {
        using var api = fixture.NewUser();
        var before = await api.GetOkAsync("api/plan");

        using var response = await api.SendJsonAsync(HttpMethod.Put, "api/plan", $$"""{"deadline":"2030-01-01","timeZone":"{{new string('x', 2 * 1024 * 1024)}}"}""");

        var problem = await ApiClient.ProblemAsync(response, 413);
        Assert.Equal("A JSON body may hold at most 1,024 KiB; this request needs far less.", problem["detail"]!.GetValue<string>());
        Assert.Equal(before.ToJsonString(), (await api.GetOkAsync("api/plan")).ToJsonString());
    }

    [Fact]
    public async Task ABodyOverTheHostLimitIs413NotAStorageOutage()
    {
        // Sent by hand: the server answers as soon as it reads the Content-Length, and closes the connection
        // before a client that kept sending the body could read that answer.
        var address = fixture.Host.BaseAddress;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /api/graph/notifications HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: {101L * 1024 * 1024}\r\n\r\n{{\"value\":["));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.StartsWith("HTTP/1.1 413 ", answer, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("bytes this server accepts", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Retry-After", answer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AMultipartFormWithoutABoundaryIs400NamingIt()
    {
        using var api = fixture.NewUser();

        using var response = await api.ImportAsync(Encoding.UTF8.GetBytes("--x\r\nFirst Name\r\n"), "multipart/form-data");

        var problem = await ApiClient.ProblemAsync(response, 400);
        Assert.Contains("has no boundary", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMultipartFormThatBreaksOffIs400NotAStorageOutage()
    {
        using var api = fixture.NewUser();

        using var response = await api.ImportAsync(
            Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Connections.csv\"\r\n\r\nFirst Name,Last Name\r\n"),
            "multipart/form-data; boundary=x");

        var problem = await ApiClient.ProblemAsync(response, 400);
        Assert.Contains("ends before its closing boundary", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
