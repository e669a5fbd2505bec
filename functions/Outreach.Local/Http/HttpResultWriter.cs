using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Azure.Functions.Worker.Http;
using Outreach.Local.Catalog;
using Outreach.Local.Invocation;

namespace Outreach.Local.Http;

/// <summary>Writes what an HTTP function returned, as the ASP.NET Core integration of the worker does.</summary>
internal static class HttpResultWriter
{
    public static void EnsureSupported(CatalogFunction function)
    {
        var resultType = AwaitableReturn.ResultType(function.Method.ReturnType);
        if (typeof(HttpResponseData).IsAssignableFrom(resultType))
        {
            throw FunctionIndexingException.For(
                function.Name,
                "returns HttpResponseData, which the local host does not support; return IResult or IActionResult.");
        }

        if (resultType != typeof(void) && !typeof(IResult).IsAssignableFrom(resultType) && !typeof(IActionResult).IsAssignableFrom(resultType))
        {
            throw FunctionIndexingException.For(
                function.Name,
                $"returns {function.Method.ReturnType.Name}; the local host supports IResult, IActionResult (or Task/ValueTask of them) and void.");
        }
    }

    public static Task WriteAsync(HttpContext context, object? result) => result switch
    {
        IResult httpResult => httpResult.ExecuteAsync(context),
        IActionResult actionResult => actionResult.ExecuteResultAsync(
            new ActionContext(context, context.GetRouteData(), new ActionDescriptor())),
        _ => Task.CompletedTask,
    };
}
