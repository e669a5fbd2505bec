using System.Net;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using Outreach.Local.Tokens;

namespace Outreach.Local.Hosting;

/// <summary>
/// Serves the task pane's build (<c>addin/dist</c>) under <c>/pane/</c> on both ports, and the browser
/// preview's development token at <c>GET /dev-token?user=NAME</c> (loopback callers only).
/// </summary>
internal static class PaneFiles
{
    public const string RequestPath = "/pane";
    public const string DevelopmentTokenPath = "/dev-token";

    /// <summary>Where <c>npm --prefix addin run build</c> writes the pane.</summary>
    public static string DefaultDirectory(string repositoryRoot) => Path.Combine(repositoryRoot, "addin", "dist");

    public const string BuildHint = "npm --prefix addin ci && npm --prefix addin run build";

    /// <summary>Static files from <paramref name="directory"/> under <c>/pane/</c>; nothing when it does not exist.</summary>
    public static void UsePaneFiles(this WebApplication app, string? directory)
    {
        if (directory is null || !Directory.Exists(directory))
        {
            return;
        }

        var files = new PhysicalFileProvider(Path.GetFullPath(directory));
        app.Use((context, next) =>
        {
            if (context.Request.Path.Equals(RequestPath, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect(RequestPath + "/" + context.Request.QueryString);
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = RequestPath });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = RequestPath,
            OnPrepareResponse = file =>
            {
                // Vite's hashed assets never change; the page and office.js are checked every time.
                var immutable = file.Context.Request.Path.StartsWithSegments(RequestPath + "/assets", StringComparison.OrdinalIgnoreCase);
                file.Context.Response.Headers[HeaderNames.CacheControl] = immutable ? "public, max-age=31536000, immutable" : "no-cache";
            },
        });
    }

    /// <summary>A development token for the preview pane, which has no Office to sign in with.</summary>
    public static void MapDevelopmentToken(this IEndpointRouteBuilder endpoints, DevelopmentTokenIssuer issuer)
    {
        endpoints.MapGet(DevelopmentTokenPath, (HttpContext context, string? user) =>
        {
            if (context.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address))
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "Development tokens are for loopback callers only.");
            }

            if (string.IsNullOrWhiteSpace(user))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad Request", detail: "Name the user: /dev-token?user=alice.");
            }

            return Results.Json(new { token = issuer.CreateToken(user.Trim()) });
        }).WithDisplayName("Development token for the preview pane");
    }
}
