using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Outreach.IntegrationTests.Identity;

/// <summary>
/// A tiny stand-in for Graph on a free loopback port: answers <c>GET /v1.0/me/messages/{id}</c> with a
/// message and records the Authorization header of every request.
/// </summary>
internal sealed class RecordingGraphServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private WebApplication? _app;

    public Uri Address { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<RecordingGraphServer> StartAsync()
    {
        var server = new RecordingGraphServer();
        (server._app, server.Address) = await LoopbackServer.StartAsync(app => app.MapGet("/v1.0/me/messages/{id}", (string id, HttpContext context) =>
        {
            server._requests.Enqueue(new(context.Request.Path, context.Request.Headers.Authorization.ToString()));
            return Results.Json(new Dictionary<string, object> { ["id"] = id, ["subject"] = "Hello" });
        }));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public sealed record RecordedRequest(string Path, string Authorization);
}
