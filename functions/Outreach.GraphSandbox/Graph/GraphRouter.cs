using System.Text.RegularExpressions;
using Outreach.GraphSandbox.Mail;
using Outreach.GraphSandbox.Subscriptions;

namespace Outreach.GraphSandbox.Graph;

/// <summary>Maps a Graph path and method to the endpoint serving it.</summary>
internal sealed partial class GraphRouter(DeltaEndpoint delta, MessageEndpoint messages, SubscriptionEndpoints subscriptions, BatchEndpoint batch, MailStore store)
{
    public async Task<GraphResponse> RouteAsync(GraphRequest request, CallerToken caller, CancellationToken cancellationToken)
    {
        var path = request.Path.TrimEnd('/');
        if (DeltaPath().Match(path) is { Success: true } deltaMatch)
        {
            return ForCaller(deltaMatch, caller) ?? OnlyGet(request) ?? delta.Get(request, caller, deltaMatch.Groups["folder"].Value);
        }

        if (MessagePath().Match(path) is { Success: true } messageMatch)
        {
            return ForCaller(messageMatch, caller) ?? OnlyGet(request) ?? messages.Get(request, caller, messageMatch.Groups["id"].Value);
        }

        if (path == "$batch")
        {
            return request.Method == "POST" ? await batch.PostAsync(request, caller, cancellationToken) : MethodNotAllowed();
        }

        if (path.Equals("subscriptions", StringComparison.OrdinalIgnoreCase))
        {
            return request.Method switch
            {
                "GET" => subscriptions.List(request, caller),
                "POST" => await subscriptions.CreateAsync(request, caller, cancellationToken),
                _ => MethodNotAllowed(),
            };
        }

        if (SubscriptionPath().Match(path) is { Success: true } subscriptionMatch)
        {
            var id = subscriptionMatch.Groups["id"].Value;
            return (request.Method, subscriptionMatch.Groups["action"].Success) switch
            {
                ("GET", false) => subscriptions.Get(request, caller, id),
                ("PATCH", false) => subscriptions.Patch(request, caller, id),
                ("DELETE", false) => subscriptions.Delete(caller, id),
                ("POST", true) => subscriptions.Reauthorize(caller, id),
                _ => MethodNotAllowed(),
            };
        }

        return GraphResponse.Error(400, "BadRequest", $"Resource not found for the segment '{path.Split('/')[0]}'.");
    }

    private static GraphResponse? OnlyGet(GraphRequest request) => request.Method == "GET" ? null : MethodNotAllowed();

    private static GraphResponse MethodNotAllowed()
        => GraphResponse.Error(405, "BadRequest", "The HTTP method is not supported by the sandbox for this resource.");

    /// <summary>A <c>users/{id}</c> path may name only the caller (by oid or address): delegated access reads one's own mail.</summary>
    private GraphResponse? ForCaller(Match match, CallerToken caller)
    {
        if (!match.Groups["user"].Success)
        {
            return null;
        }

        var owner = store.Read(caller.ObjectId, b => b.Owner);
        return SubscriptionResource.IsCaller(match.Groups["user"].Value, caller.ObjectId, owner)
            ? null
            : GraphResponse.Error(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
    }

    [GeneratedRegex(@"^(?:me|users/(?<user>[^/]+))/mailFolders(?:\('(?<folder>[^']+)'\)|/(?<folder>[^/]+))/messages/delta(?:\(\))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeltaPath();

    [GeneratedRegex(@"^(?:me|users/(?<user>[^/]+))/messages(?:/(?<id>[^/]+)|\('(?<id>[^']+)'\))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MessagePath();

    [GeneratedRegex(@"^subscriptions/(?<id>[^/]+?)(?:/(?<action>reauthorize))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubscriptionPath();
}
