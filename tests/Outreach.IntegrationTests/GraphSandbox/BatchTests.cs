using System.Net.Http.Headers;
using System.Text;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Outreach.GraphSandbox;
using Outreach.GraphSandbox.Faults;
using Sandbox = Outreach.GraphSandbox.GraphSandbox;

namespace Outreach.IntegrationTests.GraphSandbox;

public sealed class BatchTests
{
    private const string Oid = "a4c2e8f0-1b3d-4f5a-8c7e-9d0b1a2c3e4f";

    [Fact]
    public async Task BatchOfTwentyGetsCarriesInnerThrottlingWithRetryAfter()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var messages = Enumerable.Range(0, 20).Select(i => sandbox.Mail.Receive(Oid, $"p{i}@example.com", subject: $"Subject {i}")).ToList();
        sandbox.Faults.Throttle(new ThrottleRule { Every = 7, RetryAfterSeconds = 2, PathContains = "me/messages/" });
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        var batch = new BatchRequestContentCollection(client);
        var steps = new Dictionary<string, string>();
        foreach (var message in messages)
        {
            var request = client.Me.Messages[message.Id].ToGetRequestInformation(rc =>
            {
                rc.QueryParameters.Select = ["subject", "internetMessageId"];
                SandboxGraphClient.PreferImmutableIds(rc.Headers);
            });
            steps[await batch.AddBatchRequestStepAsync(request)] = message.Id;
        }

        var response = await client.Batch.PostAsync(batch);
        var statuses = await response.GetResponsesStatusCodesAsync();

        Assert.Equal(20, statuses.Count);
        var throttled = statuses.Where(s => s.Value == HttpStatusCode.TooManyRequests).Select(s => s.Key).ToList();
        Assert.Equal(2, throttled.Count);
        Assert.Equal(18, statuses.Count(s => s.Value == HttpStatusCode.OK));
        using (var refused = await response.GetResponseByIdAsync(throttled[0]))
        {
            Assert.Equal(TimeSpan.FromSeconds(2), refused.Headers.RetryAfter?.Delta);
        }

        var okStep = statuses.First(s => s.Value == HttpStatusCode.OK).Key;
        var fetched = await response.GetResponseByIdAsync<Message>(okStep);
        Assert.Equal(steps[okStep], fetched.Id);
        Assert.StartsWith("Subject ", fetched.Subject, StringComparison.Ordinal);
        Assert.Null(fetched.From);

        // Each step went through the pipeline: logged with its step id, throttled ones marked.
        var stepLog = sandbox.Log.Requests.Where(r => r.BatchStepId is not null).ToList();
        Assert.Equal(20, stepLog.Count);
        Assert.Equal(2, stepLog.Count(r => r.Status == 429 && r.RetryAfterSeconds == 2 && r.Fault == "throttle"));
        Assert.All(stepLog, r => Assert.True(r.ImmutableIdPreferred));
    }

    [Fact]
    public async Task BatchOfMoreThanTwentyIsRefused()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        using var http = new HttpClient();
        var requests = new JsonArray([.. Enumerable.Range(1, 21).Select(i => (JsonNode)new JsonObject { ["id"] = $"{i}", ["method"] = "GET", ["url"] = $"/me/messages/m{i}" })]);
        using var request = new HttpRequestMessage(HttpMethod.Post, sandbox.BaseUrl + "/$batch")
        {
            Content = new StringContent(new JsonObject { ["requests"] = requests }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FakeGraphToken.Create(Oid));

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("BadRequest", error["code"]!.GetValue<string>());
    }
}
