using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Outreach.Local.Catalog;
using Outreach.Local.Invocation;

namespace Outreach.Local.Http;

/// <summary>One HTTP function's request delegate: bind, invoke, write the result.</summary>
internal sealed class HttpFunctionHandler
{
    private readonly FunctionInvoker _invoker;
    private readonly Func<HttpContext, object?>[] _binders;

    public HttpFunctionHandler(CatalogFunction function)
    {
        Function = function;
        HttpResultWriter.EnsureSupported(function);
        _binders = HttpArgumentBinders.Create(function);
        _invoker = new FunctionInvoker(function);
    }

    public CatalogFunction Function { get; }

    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers[HttpFunctionEndpoints.FunctionNameHeader] = Function.Name;

        // The function owns its response: an empty 404 it returns stays empty, as it would in Azure.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        var started = Stopwatch.GetTimestamp();
        var arguments = Array.ConvertAll(_binders, bind => bind(context));
        var result = await _invoker.InvokeAsync(context.RequestServices, arguments);
        await HttpResultWriter.WriteAsync(context, result);

        // Like `func start`, show each invocation while developing; tests raise the level to hide it.
        context.RequestServices.GetRequiredService<ILogger<HttpFunctionHandler>>().LogInformation(
            "{Function}: {Method} {Path} -> {Status} in {Elapsed:F0} ms",
            Function.Name,
            context.Request.Method,
            context.Request.Path,
            context.Response.StatusCode,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
