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
                context.ProblemDetails.Extensions.TryAdd("traceId", UnhandledExceptionMiddleware.TraceId(context.HttpContext));
            };
        });
        return services;
    }
}
