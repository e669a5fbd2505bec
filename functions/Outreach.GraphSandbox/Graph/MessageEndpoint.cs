using Outreach.GraphSandbox.Mail;

namespace Outreach.GraphSandbox.Graph;

/// <summary><c>GET /me/messages/{id}</c> with <c>$select</c>.</summary>
internal sealed class MessageEndpoint(MailStore store)
{
    public GraphResponse Get(GraphRequest request, CallerToken caller, string id)
    {
        var (select, refusal) = MessageJson.ParseSelect(request.Query("$select"));
        if (select is null)
        {
            return refusal!;
        }

        // Ids are case-sensitive: a lower-cased id is another (unknown) id, as in Graph.
        var (message, headersWithheld) = store.Read(caller.ObjectId, b => (b.Find(id), b.WithholdsHeaders));
        if (message is null)
        {
            return GraphResponse.Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
        }

        var json = MessageJson.Write(message, select, headersWithheld);
        var selected = request.Query("$select") is { Length: > 0 } s ? $"({s})" : string.Empty;
        json.Insert(0, "@odata.context", $"{request.BaseUrl}/$metadata#users('{caller.ObjectId}')/messages{selected}/$entity");
        var response = GraphResponse.Json(200, json);
        return request.Prefer.Applied(pageSizeApplied: false) is { } applied ? response.WithHeader("Preference-Applied", applied) : response;
    }
}
