namespace Outreach.Mail.Linker;

/// <summary>Row keys of the mail rows in a user's partition (addresses and message ids are hashed).</summary>
public static class MailRows
{
    /// <summary><c>m|{personId}|{message}</c>: a message that involves a person.</summary>
    public static string PersonMessagePrefix(string personId) => $"m|{personId}|";

    public static string PersonMessage(string personId, string messageId) => PersonMessagePrefix(personId) + MessageKey(messageId);

    /// <summary><c>i|{internet message id}</c>: a sent mail, so a bounce or reply can find whom it went to.</summary>
    public static string SentIndex(string internetMessageId) => "i|" + RowKeys.Hash(internetMessageId, 16);

    /// <summary><c>u|{referenced id}|{message}</c>: a bounce that arrived before the mail it refers to.</summary>
    public static string PendingPrefix(string referencedInternetMessageId) => $"u|{RowKeys.Hash(referencedInternetMessageId, 16)}|";

    /// <summary><c>c|{address}|{message}</c>: someone outside the network the user exchanged mail with (the first message of a row).</summary>
    public static string CorrespondentPrefix => "c|";

    public static string Correspondent(string address, string firstMessageKey) => $"c|{RowKeys.Hash(address, 16)}|{firstMessageKey}";

    /// <summary><c>r|{personId}</c>: a reply waiting for the user's answer.</summary>
    public const string ReplyPrefix = "r|";

    public static string Reply(string personId) => ReplyPrefix + personId;

    public static string MessageKey(string messageId) => RowKeys.Hash(messageId, 16);

    /// <summary>Characters of a <see cref="MessageKey"/> (16 bytes in hex).</summary>
    public const int MessageKeyLength = 32;
}
