namespace Outreach.Local.Http;

/// <summary>RFC 9457 problem+json for everything the host itself answers (404, 405, 500).</summary>
internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddHostProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails();

        // Post-configured and chained, so a customisation the app registers keeps working.
        services.PostConfigure<ProblemDetailsOptions>(options =>
        {
            var appCustomisation = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                appCustomisation?.Invoke(context);
                context.ProblemDetails.Detail ??= DetailFor(context.HttpContext);
                context.ProblemDetails.Extensions.TryAdd("traceId", UnhandledExceptionMiddleware.TraceId(context.HttpContext));
            };
        });
        return services;
    }

    /// <summary>The host's own answers name what is wrong too: which path or method it does not serve.</summary>
    private static string? DetailFor(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status404NotFound => $"No function is served at '{context.Request.Path}'.",
        StatusCodes.Status405MethodNotAllowed => $"The function at '{context.Request.Path}' does not accept {context.Request.Method}.",
        _ => null,
    };
}
