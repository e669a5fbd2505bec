using System.Runtime.Serialization;
using System.Text.Json;
using Outreach.Mail.Rules;
using Outreach.Text;

namespace Outreach.People;

/// <summary>
/// A person's row (<c>p|{id}</c>). Lists are stored as JSON strings; dates as ISO strings, so that the
/// row reads the same from any tool.
/// </summary>
public sealed class PersonEntity : ITableEntity
{
    private const string NoSuggestions = "[]";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Id { get; set; } = string.Empty;

    /// <summary>The key the person was first imported by (profile URL, address, or name + company).</summary>
    public string IdentityKey { get; set; } = string.Empty;

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? ProfileUrl { get; set; }

    public string? Company { get; set; }

    public string? Position { get; set; }

    public string? ConnectedOn { get; set; }

    public string EmailsJson { get; set; } = "[]";

    public string CareerHistoryJson { get; set; } = "[]";

    public string TagsJson { get; set; } = "[]";

    public string Notes { get; set; } = string.Empty;

    public string Status { get; set; } = PersonStatus.Open;

    /// <summary>ISO date the person comes back on, or empty. Kept on the queue row too.</summary>
    public string SnoozedUntil { get; set; } = string.Empty;

    public string? WrittenOn { get; set; }

    public string? WrittenVia { get; set; }

    /// <summary>The instant counted as written: the sent mail's time, or when *Written elsewhere* was pressed.</summary>
    public DateTimeOffset? WrittenAt { get; set; }

    /// <summary>Their last mail exchanged before <see cref="WrittenAt"/>: the silence that writing bridged.</summary>
    public DateTimeOffset? ContactBeforeWritten { get; set; }

    /// <summary>When their first reply to an outreach mail arrived (the review's time to reply).</summary>
    public DateTimeOffset? RepliedAt { get; set; }

    /// <summary>What this person adds to the review's counters on the summary (<c>Review.ReviewMarks</c>), so a change moves exactly that.</summary>
    public string? ReviewCounted { get; set; }

    /// <summary>Last mail exchanged either way (ISO date): the "longest silence" order reads it.</summary>
    public string? LastContact { get; set; }

    /// <summary>Mail history from the mailbox: first and last mail exchanged, counts each way.</summary>
    public DateTimeOffset? FirstMailAt { get; set; }

    public DateTimeOffset? LastMailAt { get; set; }

    public int MailsSent { get; set; }

    public int MailsReceived { get; set; }

    /// <summary>LinkedIn message history from the archive's messages.csv (metadata only): first and last message, counts each way.</summary>
    public DateTimeOffset? LinkedInFirstAt { get; set; }

    public DateTimeOffset? LinkedInLastAt { get; set; }

    public int LinkedInSent { get; set; }

    public int LinkedInReceived { get; set; }

    /// <summary>Their LinkedIn messages that answer one that counted as written: with <see cref="RepliesReceived"/>, the "replied" filter and count.</summary>
    public int LinkedInRepliesReceived { get; set; }

    /// <summary>When their first LinkedIn message answering one that counted as written arrived.</summary>
    public DateTimeOffset? LinkedInRepliedAt { get; set; }

    /// <summary>Their mails that answer an outreach mail, answered or not: the "replied" filter and count read it.</summary>
    public int RepliesReceived { get; set; }

    /// <summary>Whether they answered outreach on either channel: the "replied" filter and count.</summary>
    [IgnoreDataMember]
    public bool HasReplied => RepliesReceived > 0 || LinkedInRepliesReceived > 0;

    /// <summary>Their first answer to outreach, by mail or on LinkedIn, whichever came first: what the review counts.</summary>
    [IgnoreDataMember]
    public DateTimeOffset? FirstReplyAt => LinkedInRepliedAt < RepliedAt || RepliedAt is null ? LinkedInRepliedAt : RepliedAt;

    /// <summary>
    /// How many messages the linker holds for this person (<c>m|{id}|</c> rows); null when not known
    /// (rows written before it was kept). Zero means none: the linker then need not read them back
    /// before deriving the person's mail state.
    /// </summary>
    public int? LinkedMessages { get; set; }

    /// <summary>Addresses found in the mailbox under this person's name, as JSON; rejected ones are remembered.</summary>
    public string SuggestionsJson { get; set; } = NoSuggestions;

    public string RejectedSuggestionsJson { get; set; } = "[]";

    /// <summary>Folded name and company parts for prefix search (case and accent insensitive).</summary>
    public string FirstNameKey { get; set; } = string.Empty;

    public string LastNameKey { get; set; } = string.Empty;

    public string FullNameKey { get; set; } = string.Empty;

    public string CompanyKey { get; set; } = string.Empty;

    public bool HasUsableEmail { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    [IgnoreDataMember]
    public IReadOnlyList<PersonEmail> Emails
    {
        get => JsonSerializer.Deserialize<List<PersonEmail>>(EmailsJson, Json) ?? [];
        set
        {
            EmailsJson = JsonSerializer.Serialize(value, Json);
            HasUsableEmail = value.Any(e => !e.Bounced);
        }
    }

    [IgnoreDataMember]
    public IReadOnlyList<CareerChange> CareerHistory
    {
        get => JsonSerializer.Deserialize<List<CareerChange>>(CareerHistoryJson, Json) ?? [];
        set => CareerHistoryJson = JsonSerializer.Serialize(value, Json);
    }

    [IgnoreDataMember]
    public IReadOnlyList<string> Tags
    {
        get => JsonSerializer.Deserialize<List<string>>(TagsJson, Json) ?? [];
        set => TagsJson = JsonSerializer.Serialize(value, Json);
    }

    /// <summary>Addresses found in the mailbox under this person's name, waiting for the user's decision.</summary>
    [IgnoreDataMember]
    public IReadOnlyList<AddressSuggestion> Suggestions
    {
        get => ReadSuggestions(SuggestionsJson);
        set => SuggestionsJson = JsonSerializer.Serialize(value, Json);
    }

    /// <summary>Suggestions the user turned down: they are not offered again.</summary>
    [IgnoreDataMember]
    public IReadOnlyList<AddressSuggestion> RejectedSuggestions
    {
        get => ReadSuggestions(RejectedSuggestionsJson);
        set => RejectedSuggestionsJson = JsonSerializer.Serialize(value, Json);
    }
    /// <summary>Whether the mailbox suggests addresses for them (how an empty list is stored is this class's business).</summary>
    [IgnoreDataMember]
    public bool HasSuggestions => SuggestionsJson != NoSuggestions;

    [IgnoreDataMember]
    public DateOnly? ConnectedOnDate => ParseDate(ConnectedOn);

    [IgnoreDataMember]
    public DateOnly? SnoozedUntilDate => ParseDate(SnoozedUntil);

    /// <summary>
    /// The last contact either way, by mail or on LinkedIn, whichever is later: the "longest silence" order
    /// and the years of silence read it.
    /// </summary>
    [IgnoreDataMember]
    public DateOnly? LastContactDate
    {
        get
        {
            var mail = ParseDate(LastContact);
            DateOnly? linkedIn = LinkedInLastAt is { } last ? DateOnly.FromDateTime(last.UtcDateTime) : null;
            return linkedIn > mail || mail is null ? linkedIn : mail;
        }
    }

    public static PersonEntity Create(string partitionKey, string id, string identityKey, DateTimeOffset now) => new()
    {
        PartitionKey = partitionKey,
        RowKey = RowKeys.Person(id),
        Id = id,
        IdentityKey = identityKey,
        LinkedMessages = 0,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Recomputes the folded search keys after a name or company changed.</summary>
    public void RefreshSearchKeys()
    {
        FirstNameKey = TextFolding.Fold(FirstName);
        LastNameKey = TextFolding.Fold(LastName);
        FullNameKey = TextFolding.Fold($"{FirstName} {LastName}");
        CompanyKey = TextFolding.Fold(Company);
    }

    /// <summary>True when <paramref name="suggestions"/> is what is stored already, so nothing needs writing.</summary>
    public bool HasSameSuggestionsAs(IReadOnlyList<AddressSuggestion> suggestions)
        => JsonSerializer.Serialize(suggestions, Json) == SuggestionsJson;

    public bool HasSameEmailsAs(PersonEntity other) => EmailsJson == other.EmailsJson;

    public bool HasSameCareerHistoryAs(PersonEntity other) => CareerHistoryJson == other.CareerHistoryJson;

    /// <summary>
    /// A storage filter for people with (true) or without (false) suggested addresses; it runs in storage,
    /// so the column is compared as stored: a person without suggestions holds an empty JSON array.
    /// </summary>
    public static string SuggestedFilter(bool suggested) => suggested
        ? TableClient.CreateQueryFilter($"SuggestionsJson ne {NoSuggestions}")
        : TableClient.CreateQueryFilter($"SuggestionsJson eq {NoSuggestions}");

    public PersonEntity Clone()
    {
        var copy = (PersonEntity)MemberwiseClone();
        return copy;
    }

    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static List<AddressSuggestion> ReadSuggestions(string json)
        => JsonSerializer.Deserialize<List<AddressSuggestion>>(json, Json) ?? [];

    private static DateOnly? ParseDate(string? value)
        => DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;
}
