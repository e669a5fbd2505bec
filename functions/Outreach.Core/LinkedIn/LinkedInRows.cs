namespace Outreach.LinkedIn;

/// <summary>Row keys of the LinkedIn rows in a user's partition.</summary>
public static class LinkedInRows
{
    /// <summary><c>l|</c>: every LinkedIn message of every person (one range).</summary>
    public const string MessagesPrefix = "l|";

    /// <summary>
    /// <c>r|l|{personId}</c>: a LinkedIn reply waiting for the user's answer. Inside the <c>r|</c> range of mail
    /// replies, so the one range query that lists replies finds both; person ids are hex, so no mail reply's
    /// key (<c>r|{personId}</c>) can start like this.
    /// </summary>
    public const string ReplyPrefix = "r|l|";

    public static string MessagePrefix(string personId) => $"{MessagesPrefix}{personId}|";

    public static string Message(string personId, string key) => MessagePrefix(personId) + key;

    public static string Reply(string personId) => ReplyPrefix + personId;

    /// <summary>The message id a LinkedIn message has in the replies list (it has none of its own).</summary>
    public static string MessageId(string key) => "linkedin:" + key;
}
