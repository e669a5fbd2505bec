using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Outreach.Career;
using Outreach.Mail.Suggestions;
using Outreach.Plan;

namespace Outreach.Ledger;

/// <summary>
/// The user's <c>summary</c> row: the plan and the counters that <c>GET /api/today</c> needs, kept exact
/// because every write that changes a counted fact commits in the same transaction as this row.
/// </summary>
public sealed class SummaryEntity : ITableEntity
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Highlights are written on their own (a merge of one column), with the options they always had.</summary>
    internal static readonly JsonSerializerOptions HighlightsJson = new(JsonSerializerDefaults.Web);

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = RowKeys.Summary;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>Null until the user saves a plan; the default plan applies until then.</summary>
    public string? PlanJson { get; set; }

    /// <summary>Which generation of queue rows is current; a new order writes a new generation.</summary>
    public int QueueGeneration { get; set; }

    /// <summary>The newest generation a rebuild has taken (it may have failed); the next one takes a higher one.</summary>
    public int ReservedGeneration { get; set; }

    public int People { get; set; }

    /// <summary>Everyone not skipped: the population the plan's "everyone" means.</summary>
    public int Population { get; set; }

    public int Done { get; set; }

    public int NeedsEmail { get; set; }

    public int Queued { get; set; }

    /// <summary>People with at least one reply to an outreach mail, whatever their status.</summary>
    public int Replied { get; set; }

    /// <summary>People the mailbox suggests addresses for, whatever their status.</summary>
    public int Suggested { get; set; }

    /// <summary>
    /// Open people by the day their snooze ends, as a JSON object of ISO date → count, so "snoozed today"
    /// is a sum over later days. Days before yesterday (UTC) can no longer be later than anyone's today
    /// and are dropped.
    /// </summary>
    public string SnoozedByDayJson { get; set; } = "{}";

    /// <summary>
    /// False on a summary written before <see cref="Replied"/>, <see cref="Suggested"/> and
    /// <see cref="SnoozedByDayJson"/> were kept: those are counted once from the people (<see cref="CounterRecount"/>).
    /// </summary>
    public bool CountsComplete { get; set; }

    /// <summary>Mails counted per local day, as a JSON object of ISO date → count.</summary>
    public string DoneByDayJson { get; set; } = "{}";

    /// <summary>The review's counters (<c>Review.ReviewCounters</c>): people who moved on, bounced and found addresses.</summary>
    public string ReviewJson { get; set; } = "{}";

    /// <summary>A few people without an address and what the mailbox suggests for them, for the Today view.</summary>
    public string SuggestionsJson { get; set; } = "[]";

    /// <summary>
    /// The user's own career from Positions.csv, as JSON. Kept on this row because every person view that
    /// shows shared employers already reads it (Today) or needs one point read of it.
    /// </summary>
    public string PositionsJson { get; set; } = "[]";

    [IgnoreDataMember]
    public IReadOnlyList<Position> Positions
    {
        get => ReadPositions(PositionsJson);
        set => PositionsJson = JsonSerializer.Serialize(value, HighlightsJson);
    }

    internal static List<Position> ReadPositions(string? json)
        => string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<Position>>(json, HighlightsJson) ?? [];

    /// <summary>The people with suggested addresses the Today view shows.</summary>
    [IgnoreDataMember]
    public IReadOnlyList<PersonSuggestion> SuggestionHighlights => ReadHighlights(SuggestionsJson);

    /// <summary>
    /// A change of the plan's start whose re-derivation has not finished (<see cref="StartRefreshMarker"/>), or null:
    /// kept here so a save of the plan finds it in the row it reads anyway.
    /// </summary>
    public string? StartRefreshJson { get; set; }

    /// <summary>Set only on the tombstone of an erase in progress (see <c>Privacy.EraseTombstone</c>).</summary>
    public bool Erasing { get; set; }

    [IgnoreDataMember]
    public bool Exists => ETag != default;

    /// <summary>The saved plan, or the default one as it would start on the UTC day of <paramref name="now"/>.</summary>
    public PlanSettings PlanOrDefault(DateTimeOffset now)
        => PlanJson is null ? PlanSettings.Default(DateOnly.FromDateTime(now.UtcDateTime)) : JsonSerializer.Deserialize<PlanSettings>(PlanJson, Json)!;

    public void SetPlan(PlanSettings plan) => PlanJson = JsonSerializer.Serialize(plan, Json);

    [IgnoreDataMember]
    public SortedDictionary<DateOnly, int> DoneByDay
    {
        get => JsonSerializer.Deserialize<SortedDictionary<DateOnly, int>>(DoneByDayJson, Json) ?? [];
        set => DoneByDayJson = JsonSerializer.Serialize(value, Json);
    }

    internal static List<PersonSuggestion> ReadHighlights(string json)
        => JsonSerializer.Deserialize<List<PersonSuggestion>>(json, HighlightsJson) ?? [];

    [IgnoreDataMember]
    public SortedDictionary<DateOnly, int> SnoozedByDay
    {
        get => JsonSerializer.Deserialize<SortedDictionary<DateOnly, int>>(SnoozedByDayJson, Json) ?? [];
        set => SnoozedByDayJson = JsonSerializer.Serialize(value, Json);
    }

    /// <summary>A new user's summary: every counter starts at zero and is kept from the first write on.</summary>
    public static SummaryEntity Empty(string partitionKey) => new() { PartitionKey = partitionKey, CountsComplete = true };
}
