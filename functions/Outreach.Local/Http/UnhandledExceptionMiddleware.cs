using System.Diagnostics;

namespace Outreach.Local.Http;

/// <summary>
/// Turns any exception that escapes a function into a 500 problem+json. The detail is generic on
/// purpose: stack traces and exception messages stay in the log, the client gets the trace id.
/// </summary>
internal sealed class UnhandledExceptionMiddleware(RequestDelegate next, IProblemDetailsService problems, ILogger<UnhandledExceptionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path} (trace {TraceId}).", context.Request.Method, context.Request.Path, TraceId(context));
            if (context.Response.HasStarted)
            {
                throw;
            }

            var function = context.Response.Headers[HttpFunctionEndpoints.FunctionNameHeader];
            context.Response.Clear();
            if (!string.IsNullOrEmpty(function))
            {
                context.Response.Headers[HttpFunctionEndpoints.FunctionNameHeader] = function;
            }

            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status500InternalServerError,
                    Title = "An unexpected error occurred.",
                    Detail = "The server could not complete the request. Quote the trace id when reporting this.",
                },
            });
        }
    }

    public static string TraceId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;
}
