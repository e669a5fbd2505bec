using System.Text.Json.Nodes;
using Outreach.GraphSandbox.Mail;

namespace Outreach.GraphSandbox.Graph;

/// <summary>
/// <c>GET /me/mailFolders/{folder}/messages/delta</c>: a first round lists the folder, later rounds
/// (through the delta link) what entered or left it since. Pages follow <c>Prefer: odata.maxpagesize</c>.
/// </summary>
internal sealed class DeltaEndpoint(MailStore store, DeltaTokens tokens)
{
    private const int DefaultPageSize = 10;

    // Graph pages message delta by Prefer only and filters it on receivedDateTime alone; the sandbox
    // refuses these outright so that a client relying on them fails here rather than in production.
    private static readonly string[] UnsupportedOptions = ["$top", "$skip", "$filter", "$orderby", "$expand", "$search"];

    public GraphResponse Get(GraphRequest request, CallerToken caller, string folderNameOrId)
    {
        var (folder, headersWithheld) = store.Read(caller.ObjectId, b => (b.ResolveFolder(folderNameOrId), b.WithholdsHeaders));
        if (folder is null)
        {
            return GraphResponse.Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
        }

        var (cursor, refusal) = Resolve(request, caller, folder);
        if (cursor is null)
        {
            return refusal!;
        }

        var prefer = request.Prefer;
        var pageSize = prefer.MaxPageSize ?? DefaultPageSize;
        var entries = cursor.Entries!;
        var page = entries.Skip(cursor.Offset).Take(pageSize).ToList();
        var body = new JsonObject
        {
            ["@odata.context"] = $"{request.BaseUrl}/$metadata#Collection(message)",
            ["value"] = new JsonArray([.. page.Select(e => (JsonNode)(e.Message is null ? MessageJson.Removed(e.Id) : MessageJson.Write(e.Message, cursor.Select, headersWithheld, withType: true)))]),
        };

        var link = $"{request.BaseUrl}/me/mailFolders('{folder}')/messages/delta";
        if (cursor.Offset + pageSize < entries.Count)
        {
            body["@odata.nextLink"] = $"{link}?$skiptoken={tokens.Issue(cursor with { Offset = cursor.Offset + pageSize })}";
        }
        else
        {
            body["@odata.deltaLink"] = $"{link}?$deltatoken={tokens.Issue(cursor with { Entries = null, Offset = 0 })}";
        }

        var response = GraphResponse.Json(200, body);
        return prefer.Applied(pageSizeApplied: true) is { } applied ? response.WithHeader("Preference-Applied", applied) : response;
    }

    /// <summary>The page's cursor: from a skip token, from a delta token's changes, or a new round.</summary>
    private (DeltaCursor? Cursor, GraphResponse? Refusal) Resolve(GraphRequest request, CallerToken caller, string folder)
    {
        var skipToken = request.Query("$skiptoken");
        var deltaToken = request.Query("$deltatoken");
        if (skipToken is null && deltaToken is null)
        {
            if (UnsupportedOptions.FirstOrDefault(o => request.Query(o) is not null) is { } option)
            {
                return (null, GraphResponse.Error(400, "BadRequest", $"The query option '{option}' is not supported by the sandbox's message delta; page with Prefer: odata.maxpagesize."));
            }

            var (select, refusal) = MessageJson.ParseSelect(request.Query("$select"));
            if (select is null)
            {
                return (null, refusal);
            }

            var snapshot = store.Snapshot(caller.ObjectId, folder);
            return (new DeltaCursor
            {
                Mailbox = caller.ObjectId,
                Folder = folder,
                Select = select,
                TokenGeneration = snapshot.TokenGeneration,
                Sequence = snapshot.Sequence,
                Entries = snapshot.Entries,
            }, null);
        }

        var cursor = tokens.Find(skipToken ?? deltaToken!);
        if (cursor is null || cursor.Mailbox != caller.ObjectId || cursor.Folder != folder
            || cursor.TokenGeneration != store.TokenGeneration(caller.ObjectId, folder) || (skipToken is not null) != (cursor.Entries is not null))
        {
            return (null, GraphResponse.Error(410, "SyncStateNotFound", "The sync state is not found or has expired. Restart the synchronization without a state token."));
        }

        if (skipToken is not null)
        {
            return (cursor, null);
        }

        var changes = store.ChangesSince(caller.ObjectId, folder, cursor.Sequence);
        return (cursor with { Sequence = changes.Sequence, Entries = changes.Entries, Offset = 0 }, null);
    }
}
