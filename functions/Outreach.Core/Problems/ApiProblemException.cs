namespace Outreach.Problems;

/// <summary>
/// A failure the client caused or must know about. The HTTP layer turns it into RFC 9457
/// problem+json; nothing else of an exception (no stack trace, no inner message) leaves the API.
/// </summary>
public class ApiProblemException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public string Detail { get; } = detail;

    /// <summary>Field errors for 400 responses: field name → messages.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    /// <summary>Extra members of the problem document (e.g. the line of a CSV error).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>When set, sent as <c>Retry-After</c> (whole seconds): the client may try again after it.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>A 400 whose detail also says what each field error says, for clients that show only the detail.</summary>
    public static ApiProblemException BadRequest(string detail, IReadOnlyDictionary<string, string[]>? errors = null)
        => new(400, "The request is not valid.", WithFieldErrors(detail, errors)) { Errors = errors };

    public static ApiProblemException Field(string field, string message)
        => BadRequest(message, new Dictionary<string, string[]> { [field] = [message] });

    private static string WithFieldErrors(string detail, IReadOnlyDictionary<string, string[]>? errors)
    {
        var messages = errors?.Values.SelectMany(m => m).Where(m => !detail.Contains(m, StringComparison.Ordinal)).ToList() ?? [];
        return messages.Count == 0 ? detail : $"{detail.TrimEnd('.')}: {string.Join(" ", messages)}";
    }

    public static ApiProblemException Unauthorized(string detail)
        => new(401, "Authentication is required.", detail);

    public static ApiProblemException Forbidden(string detail)
        => new(403, "This token may not do that.", detail);

    public static ApiProblemException NotFound(string detail)
        => new(404, "Not found.", detail);

    public static ApiProblemException PreconditionFailed(string detail)
        => new(412, "Someone else changed this first.", detail);

    public static ApiProblemException PreconditionRequired(string detail)
        => new(428, "A precondition is required.", detail);

    public static ApiProblemException TooLarge(string detail)
        => new(413, "The request is too large.", detail);

    public static ApiProblemException UnsupportedMediaType(string detail)
        => new(415, "Unsupported media type.", detail);

    public static ApiProblemException Unavailable(string detail, TimeSpan retryAfter)
        => new(503, "Storage is not reachable.", detail) { RetryAfter = retryAfter };
}
