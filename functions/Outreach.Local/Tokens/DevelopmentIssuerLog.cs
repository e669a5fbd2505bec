using System.Collections.Concurrent;

namespace Outreach.Local.Tokens;

/// <summary>
/// Every request that reached the HTTPS issuer, so tests (and a curious developer) can see exactly which
/// URLs MSAL calls and which grants it used.
/// </summary>
public sealed class DevelopmentIssuerLog
{
    // A long local run would otherwise grow it without end.
    private const int Capacity = 2000;
    private static readonly object AnnotationKey = new();

    private readonly ConcurrentQueue<DevelopmentIssuerRequest> _requests = new();

    public IReadOnlyList<DevelopmentIssuerRequest> Requests => [.. _requests];

    /// <summary>The token endpoint's requests for one user.</summary>
    public IReadOnlyList<DevelopmentIssuerRequest> For(Guid objectId) => [.. _requests.Where(r => r.ObjectId == objectId)];

    /// <summary>Lets the token endpoint add what only it knows (grant, user, error) to the request's log entry.</summary>
    internal static void Annotate(HttpContext context, string? grantType, Guid? objectId, string? error)
        => context.Items[AnnotationKey] = new Annotation(grantType, objectId, error);

    /// <summary>Logs requests to <paramref name="port"/> only: the HTTPS issuer, not the functions on the HTTP port.</summary>
    internal async Task RecordAsync(HttpContext context, int port, RequestDelegate next)
    {
        if (context.Connection.LocalPort != port)
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            var annotation = context.Items.TryGetValue(AnnotationKey, out var value) ? value as Annotation : null;
            _requests.Enqueue(new(
                DateTimeOffset.UtcNow,
                context.Request.Method,
                context.Request.Path.Value ?? string.Empty,
                context.Response.StatusCode,
                annotation?.GrantType,
                annotation?.ObjectId,
                annotation?.Error));
            while (_requests.Count > Capacity && _requests.TryDequeue(out _))
            {
            }
        }
    }

    private sealed record Annotation(string? GrantType, Guid? ObjectId, string? Error);
}
