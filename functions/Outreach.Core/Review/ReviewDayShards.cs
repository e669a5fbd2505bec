namespace Outreach.Review;

/// <summary>
/// A day's rows (see <see cref="ReviewDayRow"/>) and the <see cref="ReviewDay"/> they hold. An entry stays in
/// the shard that holds it; a new entry joins the last shard while it has room, else a new shard — so a
/// change rewrites only the shards it touches, and no row nor transaction outgrows storage's limits however
/// many people one day has.
/// </summary>
public sealed class ReviewDayShards
{
    // Room per changed shard for what a change adds (an entry or a career change is well under it).
    private const long GrowthBytes = 8 * 1024;

    // A JSON character may take six bytes in a transaction body (see TableLimits.TransactionBytes).
    private const int BytesPerChar = 6;

    private readonly string _partitionKey;
    private readonly SortedDictionary<int, TableEntity> _rows = [];
    private readonly Dictionary<int, long> _chars = [];
    private readonly Dictionary<int, long> _bytes = [];
    private readonly Dictionary<string, int> _shardOf = new(StringComparer.Ordinal);
    private readonly HashSet<int> _dirty = [];

    /// <param name="rows">The day's rows as read (none for a day not stored yet).</param>
    /// <param name="day">For a day not stored yet: its entries so far (they are placed by <see cref="PlaceAll"/>).</param>
    public ReviewDayShards(string partitionKey, DateOnly date, IEnumerable<TableEntity> rows, ReviewDay? day = null)
    {
        _partitionKey = partitionKey;
        Day = day ?? new ReviewDay(date);
        foreach (var row in rows)
        {
            var shard = ReviewDayRow.ShardOf(row.RowKey);
            _rows[shard] = row;
            _chars[shard] = ReviewDayRow.JsonChars(row);
            _bytes[shard] = TableLimits.TransactionBytes(row);
            foreach (var entry in ReviewDayRow.Entries(row))
            {
                _shardOf[entry.PersonId] = shard;
            }

            ReviewDayRow.AddTo(Day, row);
        }

        if (!_rows.ContainsKey(0))
        {
            AddShard(0);
        }
    }

    public ReviewDay Day { get; }

    public int ShardCount => _rows.Count;

    /// <summary>Follows the person's entry in <see cref="Day"/> (added, changed or gone) into its shard.</summary>
    public void Place(string personId)
    {
        var present = Day.Written.TryGetValue(personId, out var entry);
        if (_shardOf.TryGetValue(personId, out var shard))
        {
            _dirty.Add(shard);
            if (present)
            {
                Grow(shard, ReviewDayRow.EntryChars(entry!));
            }
            else
            {
                _shardOf.Remove(personId);
            }

            return;
        }

        if (present)
        {
            var chars = ReviewDayRow.EntryChars(entry!);
            var last = _rows.Keys.Max();
            var target = _chars[last] == 0 || _chars[last] + chars <= ReviewDayRow.ShardChars ? last : AddShard(last + 1);
            _shardOf[personId] = target;
            _dirty.Add(target);
            Grow(target, chars);
        }
    }

    /// <summary>The day's career changes changed (they live in shard 0).</summary>
    public void CareersChanged()
    {
        _dirty.Add(0);
        Grow(0, GrowthBytes / BytesPerChar);
    }

    /// <summary>Places every entry, for a day worked out anew (the rebuild).</summary>
    public void PlaceAll()
    {
        foreach (var id in Day.Written.Keys.Union(_shardOf.Keys).ToList())
        {
            Place(id);
        }

        CareersChanged();
    }

    /// <summary>
    /// An upper bound of the rows and bytes this day adds to the next transaction once <paramref name="change"/>
    /// joins it: the shards already changed, plus those the change may touch.
    /// </summary>
    public (int Rows, long Bytes) CostWith(ReviewChange change)
    {
        var touched = new HashSet<int>(_dirty);
        var extraBytes = 0L;
        foreach (var id in PeopleOn(change))
        {
            if (_shardOf.TryGetValue(id, out var shard))
            {
                touched.Add(shard);
            }
            else
            {
                // The last shard, or a new one when it is full: count both, the new one from nothing.
                touched.Add(_rows.Keys.Max());
                extraBytes += 1024 + GrowthBytes;
            }
        }

        if (change.Careers.Any(c => c.SeenOn == Day.Date))
        {
            touched.Add(0);
        }

        var rows = touched.Count + (extraBytes > 0 ? 1 : 0);
        return (rows, touched.Sum(s => _bytes[s] + GrowthBytes) + extraBytes);
    }

    /// <summary>The people whose entries of this day <paramref name="change"/> adds, changes or removes.</summary>
    public IEnumerable<string> PeopleOn(ReviewChange change)
    {
        if (change.Removed is (var removedDay, var removedId) && removedDay == Day.Date)
        {
            yield return removedId;
        }

        if (change.Added is { } added && added.Day == Day.Date)
        {
            yield return added.PersonId;
        }

        if (change.Updated is (var day, var id, _, _) && day == Day.Date)
        {
            yield return id;
        }
    }

    /// <summary>The writes of the shards changed since the last call.</summary>
    public IEnumerable<TableTransactionAction> TakeActions()
    {
        if (_dirty.Count == 0)
        {
            return [];
        }

        var entries = _dirty.ToDictionary(s => s, _ => new List<WrittenEntry>());
        foreach (var (id, entry) in Day.Written)
        {
            if (entries.TryGetValue(_shardOf[id], out var list))
            {
                list.Add(entry);
            }
        }

        var actions = new List<TableTransactionAction>();
        foreach (var shard in _dirty.Order())
        {
            var row = _rows[shard];
            ReviewDayRow.Write(entries[shard], shard == 0 ? Day : null, row);
            (_chars[shard], _bytes[shard]) = (ReviewDayRow.JsonChars(row), TableLimits.TransactionBytes(row));
            actions.Add(row.ETag == default
                ? new TableTransactionAction(TableTransactionActionType.Add, row)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, row.ETag));
        }

        _dirty.Clear();
        return actions;
    }

    private int AddShard(int shard)
    {
        _rows[shard] = new TableEntity(_partitionKey, ReviewRows.Day(Day.Date, shard));
        (_chars[shard], _bytes[shard]) = (0, 1024);
        return shard;
    }

    private void Grow(int shard, long chars)
    {
        _chars[shard] += chars;
        _bytes[shard] += chars * BytesPerChar;
    }
}
