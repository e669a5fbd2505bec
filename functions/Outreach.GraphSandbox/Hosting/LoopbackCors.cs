using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Outreach.GraphSandbox.Hosting;

/// <summary>
/// Lets a page on this machine (the task pane's browser preview on the local host) call the control
/// API across ports. Only loopback origins are allowed; the sandbox never listens beyond loopback.
/// </summary>
internal static class LoopbackCors
{
    public static void UseLoopbackCors(this WebApplication app)
        => app.Use(async (context, next) =>
        {
            var origin = context.Request.Headers.Origin.ToString();
            if (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.IsLoopback)
            {
                context.Response.Headers.AccessControlAllowOrigin = origin;
                context.Response.Headers.Vary = "Origin";
                if (HttpMethods.IsOptions(context.Request.Method))
                {
                    context.Response.Headers.AccessControlAllowMethods = "GET, POST, PUT, PATCH, DELETE";
                    context.Response.Headers.AccessControlAllowHeaders = context.Request.Headers.AccessControlRequestHeaders.ToString();
                    context.Response.StatusCode = StatusCodes.Status204NoContent;
                    return;
                }
            }

            await next(context);
        });
}
