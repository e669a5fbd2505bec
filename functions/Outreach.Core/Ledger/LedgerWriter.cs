using System.Text.Json;
using Outreach.Mail.Suggestions;
using Outreach.People;
using Outreach.Privacy;
using Outreach.Review;

namespace Outreach.Ledger;

/// <summary>
/// Writes people together with everything derived from them — queue rows, address index rows and the
/// summary counters — in transactions of at most 100 rows that each include the summary row under its
/// ETag. A person's rows never span two transactions, so no reader ever sees half a change, and a
/// concurrent writer makes the transaction fail instead of losing an update.
/// </summary>
public sealed class LedgerWriter(OutreachTable table)
{
    private const int MaxActionsPerTransaction = TableLimits.MaxTransactionActions;
    private const int SummaryGrowthBytes = 64 * 1024;
    private const int HighlightAttempts = 5;

    /// <summary>
    /// Commits the changes; throws <see cref="ConcurrentChangeException"/> when someone wrote first.
    /// <paramref name="summaryChanged"/> writes the summary even when no person changed (e.g. new positions).
    /// </summary>
    public async Task CommitAsync(UserId user, SummaryEntity summary, IReadOnlyList<PersonChange> changes, CancellationToken cancellationToken, bool summaryChanged = false)
    {
        if (summary.Erasing)
        {
            throw Privacy.EraseTombstone.InProgress();
        }

        var client = await table.GetClientAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var plan = summary.PlanOrDefault(now);
        var snoozeKeptFrom = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1);
        var pending = new List<TableTransactionAction>();
        var doneByDay = summary.DoneByDay;
        var snoozedByDay = summary.SnoozedByDay;
        var (doneByDayChanged, snoozedByDayChanged) = (false, false);

        void StoreDays()
        {
            if (doneByDayChanged)
            {
                summary.DoneByDay = doneByDay;
            }

            if (snoozedByDayChanged)
            {
                foreach (var day in snoozedByDay.Keys.Where(day => day < snoozeKeptFrom).ToList())
                {
                    snoozedByDay.Remove(day);
                }

                summary.SnoozedByDay = snoozedByDay;
            }

            (doneByDayChanged, snoozedByDayChanged) = (false, false);
        }
        var pendingBytes = 0L;

        // The summary grows a little with each change it counts; the margin covers that.
        var bytesForSummary = TableLimits.TransactionBytes(summary) + SummaryGrowthBytes;
        var review = new ReviewLedger(client, user, summary);
        await review.PrepareAsync(changes, cancellationToken);

        foreach (var change in changes)
        {
            var actions = ActionsFor(user, change, plan, summary.QueueGeneration);
            var reviewChange = await review.TrackAsync(change, cancellationToken);
            var bytes = actions.Sum(a => TableLimits.TransactionBytes(a.Entity));
            var full = pending.Count + actions.Count + review.RowsWith(reviewChange) + 1 > MaxActionsPerTransaction
                || pendingBytes + bytes + review.BytesWith(reviewChange) + bytesForSummary > TableLimits.MaxTransactionBytes;
            if (full && pending.Count > 0)
            {
                StoreDays();
                await CommitBatchAsync(client, summary, [.. pending, .. review.TakeActions()], cancellationToken);
                pending.Clear();
                pendingBytes = 0;
            }

            pendingBytes += bytes;
            review.Apply(change, reviewChange);
            Count(summary, -1, change.Before);
            Count(summary, +1, change.After);
            doneByDayChanged |= Shift(doneByDay, WrittenDay(change.Before), WrittenDay(change.After));
            snoozedByDayChanged |= Shift(snoozedByDay, SnoozeDay(change.Before, snoozeKeptFrom), SnoozeDay(change.After, snoozeKeptFrom));
            pending.AddRange(actions);
        }

        if (pending.Count > 0 || !summary.Exists || summaryChanged)
        {
            StoreDays();
            await CommitBatchAsync(client, summary, [.. pending, .. review.TakeActions()], cancellationToken);
        }
    }

    /// <summary>
    /// Changes the Today view's suggestion highlights by merging that one column into the summary row: they
    /// are a hint, not a counter, so they need no transaction with the people. The merge is conditional on
    /// the summary as read, so a concurrent change is read again and <paramref name="change"/> applied to
    /// it rather than lost, and an erase that began or ended meanwhile is seen rather than written into.
    /// A user without a summary row gets none: people are always written with one, so there is nothing
    /// to highlight — or the erase deleted it, and a new row would outlive the erase.
    /// </summary>
    /// <param name="change">Runs again on the new highlights when someone wrote the summary in between.</param>
    /// <exception cref="ConcurrentChangeException">The summary kept changing through every attempt.</exception>
    public async Task SaveSuggestionHighlightsAsync(UserId user, Func<List<PersonSuggestion>, List<PersonSuggestion>> change, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var read = await client.GetEntityIfExistsAsync<TableEntity>(
                user.PartitionKey, RowKeys.Summary, select: [nameof(SummaryEntity.SuggestionsJson), EraseTombstone.Property], cancellationToken: cancellationToken);
            var summary = read.HasValue ? read.Value : null;
            var erasing = EraseTombstone.Marks(summary);
            ErasureCheck.See(user, erasing);
            if (summary is null || erasing)
            {
                // Also a worker outside any request: highlights merged into the tombstone would outlive the erase's data.
                return;
            }

            var current = summary.GetString(nameof(SummaryEntity.SuggestionsJson)) is { } json ? SummaryEntity.ReadHighlights(json) : [];
            var entity = new TableEntity(user.PartitionKey, RowKeys.Summary) { [nameof(SummaryEntity.SuggestionsJson)] = JsonSerializer.Serialize(change(current), SummaryEntity.HighlightsJson) };
            try
            {
                await client.UpdateEntityAsync(entity, summary.ETag, TableUpdateMode.Merge, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Changed (a 412: another writer, or the erase's tombstone) or deleted (a 404: the erase ended) since the read.
                if (attempt == HighlightAttempts)
                {
                    throw new ConcurrentChangeException("Another request changed this user's summary while the suggestion highlights were saved.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
            }
        }
    }

    private static async Task CommitBatchAsync(
        TableClient client, SummaryEntity summary, List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var batch = new List<TableTransactionAction>(actions)
        {
            summary.Exists
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, summary, summary.ETag)
                : new TableTransactionAction(TableTransactionActionType.Add, summary),
        };

        while (true)
        {
            try
            {
                var response = await client.SubmitTransactionAsync(batch, cancellationToken);
                // Every written row learns its new ETag from the response, so callers need not read it back.
                for (var i = 0; i < batch.Count; i++)
                {
                    if (batch[i].Entity is ITableEntity written && response.Value[i].Headers.ETag is { } etag)
                    {
                        written.ETag = etag;
                    }
                }

                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404 && IsDelete(batch, ex.FailedTransactionActionIndex))
            {
                // A derived row was already gone (an earlier, interrupted write); deleting it is moot.
                batch.RemoveAt(ex.FailedTransactionActionIndex!.Value);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
            {
                throw new ConcurrentChangeException("Another request changed this user's data at the same time.");
            }
        }
    }

    private static bool IsDelete(List<TableTransactionAction> batch, int? index)
        => index is { } i && i < batch.Count && batch[i].ActionType == TableTransactionActionType.Delete;

    private static List<TableTransactionAction> ActionsFor(UserId user, PersonChange change, Plan.PlanSettings plan, int generation)
    {
        var (before, after) = change;
        var actions = new List<TableTransactionAction>
        {
            before is null
                ? new TableTransactionAction(TableTransactionActionType.Add, after)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, after, before.ETag),
        };

        var oldQueueKey = QueuePlacement.RowKey(before, plan, generation);
        var newQueueKey = QueuePlacement.RowKey(after, plan, generation);
        if (oldQueueKey is not null && oldQueueKey != newQueueKey)
        {
            actions.Add(Delete(user, oldQueueKey));
        }

        if (newQueueKey is not null && (oldQueueKey != newQueueKey || before?.SnoozedUntil != after.SnoozedUntil))
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new QueueEntity
            {
                PartitionKey = user.PartitionKey,
                RowKey = newQueueKey,
                PersonId = after.Id,
                SnoozedUntil = after.SnoozedUntil,
            }));
        }

        var oldAddresses = before?.Emails.Select(e => e.Address).ToHashSet(StringComparer.Ordinal) ?? [];
        var newAddresses = after.Emails.Select(e => e.Address).ToHashSet(StringComparer.Ordinal);
        foreach (var address in oldAddresses.Except(newAddresses))
        {
            actions.Add(Delete(user, RowKeys.EmailIndex(address, after.Id)));
        }

        foreach (var address in newAddresses.Except(oldAddresses))
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new EmailIndexEntity
            {
                PartitionKey = user.PartitionKey,
                RowKey = RowKeys.EmailIndex(address, after.Id),
                PersonId = after.Id,
                Address = address,
            }));
        }

        return actions;
    }

    private static TableTransactionAction Delete(UserId user, string rowKey)
        => new(TableTransactionActionType.Delete, new TableEntity(user.PartitionKey, rowKey), ETag.All);

    /// <summary>Adds (sign +1) or removes (−1) a person from the summary's counters; the recount uses it too.</summary>
    internal static void Count(SummaryEntity summary, int sign, PersonEntity? person)
    {
        if (person is null)
        {
            return;
        }

        summary.People += sign;
        summary.Population += person.Status == PersonStatus.Skipped ? 0 : sign;
        summary.Done += person.Status == PersonStatus.Written ? sign : 0;
        summary.NeedsEmail += QueuePlacement.NeedsEmail(person) ? sign : 0;
        summary.Queued += QueuePlacement.IsQueued(person) ? sign : 0;
        summary.Replied += person.HasReplied ? sign : 0;
        summary.Suggested += person.HasSuggestions ? sign : 0;
    }

    /// <summary>The day a person is counted as written on; a change that moves it (a new plan start) moves the count.</summary>
    private static DateOnly? WrittenDay(PersonEntity? person)
        => person?.Status == PersonStatus.Written
            && DateOnly.TryParse(person.WrittenOn, System.Globalization.CultureInfo.InvariantCulture, out var day)
                ? day
                : null;

    /// <summary>The day an open person's snooze ends, unless it ended long enough ago to no longer matter.</summary>
    internal static DateOnly? SnoozeDay(PersonEntity? person, DateOnly keptFrom)
        => person?.Status == PersonStatus.Open && person.SnoozedUntilDate is { } until && until >= keptFrom ? until : null;

    /// <summary>Moves one count from one day to another (either may be none); false when nothing moved.</summary>
    internal static bool Shift(SortedDictionary<DateOnly, int> days, DateOnly? from, DateOnly? to)
    {
        if (from == to)
        {
            return false;
        }

        if (from is { } old && days.TryGetValue(old, out var count))
        {
            if (count > 1)
            {
                days[old] = count - 1;
            }
            else
            {
                days.Remove(old);
            }
        }

        if (to is { } day)
        {
            days[day] = days.GetValueOrDefault(day) + 1;
        }

        return true;
    }
}
