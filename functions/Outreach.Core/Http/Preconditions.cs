using Microsoft.AspNetCore.Http;

namespace Outreach.Http;

/// <summary>Conditional requests that must not overwrite a change made elsewhere.</summary>
public static class Preconditions
{
    /// <summary>
    /// The entity tag of <c>If-Match</c>. Missing, or <c>*</c> (which matches any version and so would
    /// bypass the lost-update check), is a 428 asking for the tag the client read.
    /// </summary>
    public static ETag RequiredETag(HttpRequest request, string whose)
    {
        var ifMatch = request.Headers.IfMatch.ToString().Trim();
        if (ifMatch.Length == 0 || ifMatch == "*")
        {
            throw ApiProblemException.PreconditionRequired(
                $"Send {whose} ETag (as read) in an If-Match header, so a change made elsewhere is not overwritten; If-Match: * is not accepted.");
        }

        return new ETag(ifMatch);
    }
}
