namespace Outreach.UnitTests.MailRules;

/// <summary>Builds what the linker keeps of Hans's messages; days count from a fixed Monday.</summary>
internal static class Linked
{
    public const string Hans = People.HansWork;

    public static DateTimeOffset Day(double day) => Mails.Monday.AddDays(day);

    public static string InternetId(string id) => $"<{id}@mail.example>";

    /// <summary>A mail that counts as written to Hans.</summary>
    public static LinkedMessage Outreach(string id, double day, string? conversation = null)
        => SentTo(id, day, conversation) with { CountedAsWritten = true };

    /// <summary>A sent mail to Hans that does not count as written (e.g. he was in Cc).</summary>
    public static LinkedMessage SentTo(string id, double day, string? conversation = null, int recipients = 1) => new()
    {
        MessageId = id,
        InternetMessageId = InternetId(id),
        ConversationId = conversation ?? $"conv-{id}",
        Kind = MessageKind.Sent,
        Direction = MailDirection.Out,
        When = Day(day),
        Sender = "me@me.example",
        PersonAddresses = [Hans],
        RecipientCount = recipients,
    };

    public static LinkedMessage FromHans(
        string id,
        double day,
        string? conversation = null,
        string[]? references = null,
        MessageKind kind = MessageKind.Received,
        string sender = Hans)
        => new()
        {
            MessageId = id,
            InternetMessageId = InternetId(id),
            ConversationId = conversation ?? $"conv-{id}",
            Kind = kind,
            Direction = MailDirection.In,
            When = Day(day),
            ReferencedIds = references ?? [],
            Sender = sender,
            PersonAddresses = [sender],
        };

    public static LinkedMessage Bounce(string id, double day, string[]? references = null, string[]? failed = null) => new()
    {
        MessageId = id,
        InternetMessageId = InternetId(id),
        ConversationId = $"conv-{id}",
        Kind = MessageKind.NonDelivery,
        Direction = MailDirection.In,
        When = Day(day),
        ReferencedIds = references ?? [],
        Sender = "mailer-daemon@mail.example",
        PersonAddresses = failed ?? [],
    };
}
