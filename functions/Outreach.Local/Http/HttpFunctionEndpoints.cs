using Outreach.Local.Catalog;

namespace Outreach.Local.Http;

/// <summary>Maps every HTTP-triggered function to <c>/{routePrefix}/{route}</c> with its methods.</summary>
internal static class HttpFunctionEndpoints
{
    /// <summary>Set on every response a function produced, so tests can tell a function's 404 from the host's.</summary>
    public const string FunctionNameHeader = "X-Outreach-Function";

    public static void MapFunctions(IEndpointRouteBuilder endpoints, FunctionCatalog catalog, IEnumerable<HttpFunctionHandler> handlers)
    {
        foreach (var handler in handlers)
        {
            var function = handler.Function;
            var pattern = RoutePattern(catalog.Host.RoutePrefix, function);
            var methods = function.Trigger.Methods;
            var endpoint = methods is { Count: > 0 }
                ? endpoints.MapMethods(pattern, methods.Select(m => m.ToUpperInvariant()), handler.InvokeAsync)
                : endpoints.Map(pattern, handler.InvokeAsync);
            endpoint.WithDisplayName($"Function {function.Name}").WithMetadata(function);
        }
    }

    /// <summary>The route Azure serves a function at; a function without a route is served under its name.</summary>
    public static string RoutePattern(string routePrefix, CatalogFunction function)
    {
        var route = (function.Trigger.Route ?? function.Name).Trim('/');
        return string.IsNullOrEmpty(routePrefix) ? "/" + route : $"/{routePrefix}/{route}";
    }
}
