using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Outreach.Mail.Linker;

namespace Outreach.Mail.Sync;

/// <summary>
/// Per-folder delta: the backfill on connect and the periodic reconcile. Pages come with every field
/// the linker needs, so a folder of M messages costs ⌈M / page size⌉ requests. An expired delta token
/// (410, syncStateNotFound, resyncRequired) starts that folder over; linking is idempotent, so a
/// resync adds no duplicate links.
/// </summary>
public sealed class DeltaSynchronizer(IOptions<MailOptions> options, TimeProvider time, ILogger<DeltaSynchronizer> logger)
{
    private const int MaxResyncs = 2;

    /// <param name="run">The linker run the pages join; the caller completes it (people are updated once per run).</param>
    public async Task<FolderState> SyncFolderAsync(LinkRun run, GraphServiceClient client, string folder, FolderState state, CancellationToken cancellationToken)
    {
        var user = run.User;
        for (var resync = 0; ; resync++)
        {
            try
            {
                var seen = new FolderSeen(state.FolderId, state.Owner);
                var deltaLink = await RunAsync(run, client, folder, state.DeltaLink, seen, cancellationToken);
                return state with
                {
                    FolderId = seen.FolderId,
                    Owner = seen.Owner,
                    DeltaLink = deltaLink,
                    SyncState = "synced",
                    LastSyncAt = time.GetUtcNow(),
                    MessagesSeen = state.MessagesSeen + seen.Messages,
                    LastError = null,
                };
            }
            catch (ODataError ex) when (IsExpiredDelta(ex) && resync < MaxResyncs)
            {
                logger.LogInformation("The {Folder} delta token of {User} expired; resyncing the folder.", folder, user);
                state = state with { DeltaLink = null, SyncState = "resyncing" };
            }
        }
    }

    private async Task<string?> RunAsync(LinkRun run, GraphServiceClient client, string folder, string? deltaLink, FolderSeen seen, CancellationToken cancellationToken)
    {
        var builder = client.Me.MailFolders[folder].Messages.Delta;
        var page = deltaLink is null
            ? await builder.GetAsDeltaGetResponseAsync(config =>
            {
                config.QueryParameters.Select = GraphMessageMapper.Select;
                AddPreferences(config.Headers);
            }, cancellationToken)
            : await builder.WithUrl(deltaLink).GetAsDeltaGetResponseAsync(config => AddPreferences(config.Headers), cancellationToken);
        while (page is not null)
        {
            var present = (page.Value ?? []).Where(m => m.Id is not null && !IsRemoved(m)).ToList();
            seen.Learn(folder, present);
            var messages = present.Select(m => GraphMessageMapper.Map(m, folder)).ToList();
            await MailLinker.LinkAsync(run, messages, cancellationToken);
            if (page.OdataNextLink is { } next)
            {
                // Prefer headers are not part of next links: send them on every page.
                page = await builder.WithUrl(next).GetAsDeltaGetResponseAsync(config => AddPreferences(config.Headers), cancellationToken);
            }
            else
            {
                return page.OdataDeltaLink;
            }
        }

        return null;
    }

    private void AddPreferences(Microsoft.Kiota.Abstractions.RequestHeaders headers)
    {
        headers.Add("Prefer", $"odata.maxpagesize={options.Value.DeltaPageSize}");
        headers.Add("Prefer", GraphMessageReader.PreferImmutableId);
    }

    private static bool IsRemoved(Message message) => message.AdditionalData?.ContainsKey("@removed") == true;

    private static bool IsExpiredDelta(ODataError error)
        => error.ResponseStatusCode == 410
            || string.Equals(error.Error?.Code, "syncStateNotFound", StringComparison.OrdinalIgnoreCase)
            || string.Equals(error.Error?.Code, "resyncRequired", StringComparison.OrdinalIgnoreCase)
            || string.Equals(error.Error?.Code, "SyncStateInvalid", StringComparison.OrdinalIgnoreCase);
}
