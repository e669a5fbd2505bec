using Microsoft.Azure.Functions.Worker.Http;
using Outreach.Local.Catalog;
using Outreach.Local.Invocation;

namespace Outreach.Local.Http;

/// <summary>
/// Decides once per HTTP function where each parameter comes from, so a parameter the local host
/// cannot fill fails at startup rather than on the first request.
/// </summary>
internal static class HttpArgumentBinders
{
    private const string Supported = "the [HttpTrigger] HttpRequest, CancellationToken, route values as string/Guid/number/...";

    public static Func<HttpContext, object?>[] Create(CatalogFunction function)
        => [.. function.Method.GetParameters().Select(parameter => Create(function, parameter))];

    private static Func<HttpContext, object?> Create(CatalogFunction function, System.Reflection.ParameterInfo parameter)
    {
        ParameterRules.RejectWorkerOnlyTypes(function, parameter);
        var type = parameter.ParameterType;

        if (type == typeof(HttpRequest))
        {
            return context => context.Request;
        }

        if (typeof(HttpRequestData).IsAssignableFrom(type))
        {
            throw FunctionIndexingException.For(
                function.Name,
                $"parameter '{parameter.Name}' is HttpRequestData; with ASP.NET Core integration take HttpRequest instead.");
        }

        if (parameter.Name == function.Trigger.Name)
        {
            throw ParameterRules.Unsupported(function, parameter, "HttpRequest for the trigger");
        }

        if (type == typeof(CancellationToken))
        {
            return context => context.RequestAborted;
        }

        if (ParameterRules.IsSimple(type))
        {
            var name = parameter.Name!;
            return context => ParameterRules.ConvertText(context.Request.RouteValues[name]?.ToString(), parameter);
        }

        throw ParameterRules.Unsupported(function, parameter, Supported);
    }
}
