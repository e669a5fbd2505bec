using Outreach.Mail.Rules;

namespace Outreach.LinkedIn;

/// <summary>
/// <c>l|{personId}|{message key}</c>: one LinkedIn message that involves a person — who, which conversation,
/// which way, when. The message's subject and text are never stored.
/// </summary>
public sealed class LinkedInMessageEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string PersonId { get; set; } = string.Empty;

    public string ConversationId { get; set; } = string.Empty;

    /// <summary><c>out</c> (the user wrote it) or <c>in</c>.</summary>
    public string Direction { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public bool Group { get; set; }

    public const string Out = "out";
    public const string In = "in";

    public static LinkedInMessageEntity From(UserId user, string personId, LinkedInMessage message) => new()
    {
        PartitionKey = user.PartitionKey,
        RowKey = LinkedInRows.Message(personId, message.Key),
        PersonId = personId,
        ConversationId = message.ConversationId,
        Direction = message.Direction == MailDirection.Out ? Out : In,
        At = message.At,
        Group = message.Group,
    };

    public LinkedInMessage ToMessage()
        => new(RowKey[LinkedInRows.MessagePrefix(PersonId).Length..], ConversationId, Direction == Out ? MailDirection.Out : MailDirection.In, At, Group);
}
