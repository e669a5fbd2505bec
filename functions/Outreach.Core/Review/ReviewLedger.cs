using Outreach.Ledger;

namespace Outreach.Review;

/// <summary>
/// The review's part of one ledger commit: reads the day rows (and <i>Write</i> starts) the changes touch,
/// applies them, and hands back the row writes that go into the same transaction as the person and the
/// summary — so the review is exactly as current as the counters.
/// </summary>
public sealed class ReviewLedger(TableClient client, UserId user, SummaryEntity summary)
{
    private readonly Dictionary<DateOnly, ReviewDay> _days = [];
    private readonly Dictionary<DateOnly, ReviewDayShards> _shards = [];
    private readonly HashSet<DateOnly> _dirty = [];
    private readonly List<TableTransactionAction> _closedStarts = [];
    private readonly bool _nothingBefore = !summary.Exists || summary.People == 0;
    private ReviewCounters? _counters;
    private bool _countersChanged;

    // Write starts read in one range query when a commit may close many of them (the linker's runs).
    private Dictionary<string, DateTimeOffset>? _starts;

    /// <summary>
    /// Reads every <i>Write</i> start at once when more than a few of <paramref name="changes"/> may close
    /// one: the rows are few (one lives from opening a compose form until its mail is linked), so one
    /// range query costs less than a point read per newly written person.
    /// </summary>
    public async Task PrepareAsync(IReadOnlyList<PersonChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count(c => ReviewTracker.NeedsWriteStart(c.Before, c.After)) <= 2)
        {
            return;
        }

        _starts = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var row in client.QueryAsync<WriteStartEntity>(RowKeys.Range(user, ReviewRows.WriteStartPrefix), maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            _starts[row.RowKey] = row.StartedAt;
        }
    }

    public async Task<ReviewChange> TrackAsync(PersonChange change, CancellationToken cancellationToken)
    {
        DateTimeOffset? started = null;
        if (ReviewTracker.NeedsWriteStart(change.Before, change.After) && _starts is not null)
        {
            started = _starts.TryGetValue(ReviewRows.WriteStart(change.After.Id), out var at) ? at : null;
        }
        else if (ReviewTracker.NeedsWriteStart(change.Before, change.After))
        {
            var row = await client.GetEntityIfExistsAsync<WriteStartEntity>(user.PartitionKey, ReviewRows.WriteStart(change.After.Id), cancellationToken: cancellationToken);
            started = row.HasValue ? row.Value!.StartedAt : null;
        }

        var tracked = ReviewTracker.Track(change.Before, change.After, started);
        foreach (var day in tracked.Days.Where(d => !_days.ContainsKey(d)))
        {
            // All of the day's shards in one range query (usually one row, as a point read would find).
            var rows = new List<TableEntity>();
            await foreach (var row in client.QueryAsync<TableEntity>(ReviewRows.DayRange(user, day, day), cancellationToken: cancellationToken))
            {
                rows.Add(row);
            }

            var shards = new ReviewDayShards(user.PartitionKey, day, rows);
            (_shards[day], _days[day]) = (shards, shards.Day);
        }

        return tracked;
    }

    /// <summary>The review rows the next transaction carries if <paramref name="change"/> joins it.</summary>
    public int RowsWith(ReviewChange change)
        => _dirty.Union(change.Days).Sum(day => _shards[day].CostWith(change).Rows) + _closedStarts.Count + (change.ClosesWriteStart is null ? 0 : 1);

    /// <summary>
    /// An upper bound of the bytes those rows add to the transaction: each changed shard as read, plus room
    /// for what the changes add to it.
    /// </summary>
    public long BytesWith(ReviewChange change)
        => _dirty.Union(change.Days).Sum(day => _shards[day].CostWith(change).Bytes);

    /// <summary>Applies a change returned by <see cref="TrackAsync"/> (which read the rows it touches).</summary>
    public void Apply(PersonChange person, ReviewChange change)
    {
        _counters ??= ReviewCounters.Parse(summary.ReviewJson);
        _countersChanged |= change.ApplyTo(_days, _counters, person.After);
        _dirty.UnionWith(change.Days);
        foreach (var day in change.Days)
        {
            var shards = _shards[day];
            foreach (var personId in shards.PeopleOn(change))
            {
                shards.Place(personId);
            }

            if (change.Careers.Any(c => c.SeenOn == day))
            {
                shards.CareersChanged();
            }
        }
        if (change.ClosesWriteStart is { } id)
        {
            _closedStarts.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(user.PartitionKey, ReviewRows.WriteStart(id)), ETag.All));
        }
    }

    /// <summary>The writes for the next transaction; the summary's counters are set on it.</summary>
    public IReadOnlyList<TableTransactionAction> TakeActions()
    {
        _counters ??= ReviewCounters.Parse(summary.ReviewJson);
        if (_nothingBefore && !_counters.Complete)
        {
            // A user without people yet has no history the review could miss: nothing to rebuild later.
            _counters.Complete = true;
            _countersChanged = true;
        }

        if (_countersChanged)
        {
            summary.ReviewJson = _counters!.Format();
            _countersChanged = false;
        }

        var actions = new List<TableTransactionAction>(_closedStarts);
        foreach (var day in _dirty)
        {
            actions.AddRange(_shards[day].TakeActions());
        }

        _dirty.Clear();
        _closedStarts.Clear();
        return actions;
    }
}
