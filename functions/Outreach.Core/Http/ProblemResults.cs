using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Outreach.Http;

/// <summary>RFC 9457 problem documents for the API's failures.</summary>
public static class ProblemResults
{
    public static IResult From(ApiProblemException problem, HttpRequest request)
    {
        var details = problem.Errors is { Count: > 0 } errors
            ? new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
            : new ProblemDetails();
        details.Status = problem.Status;
        details.Title = problem.Title;
        details.Detail = problem.Detail;
        details.Instance = request.Path;
        details.Type = $"https://httpstatuses.io/{problem.Status}";
        foreach (var (key, value) in problem.Extensions ?? new Dictionary<string, object?>())
        {
            details.Extensions[key] = value;
        }

        var result = Results.Problem(details);
        if (problem.RetryAfter is { } retryAfter)
        {
            result = new WithHeader(result, "Retry-After", ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return problem.Status == StatusCodes.Status401Unauthorized
            ? new WithHeader(result, "WWW-Authenticate", $"Bearer error=\"invalid_token\", error_description=\"{problem.Detail.Replace("\"", "'", StringComparison.Ordinal)}\"")
            : result;
    }

    private sealed class WithHeader(IResult inner, string name, string value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[name] = value;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
