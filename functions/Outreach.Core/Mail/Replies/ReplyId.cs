using Outreach.Mail.Linker;

namespace Outreach.Mail.Replies;

/// <summary>
/// A reply's id in the API: <c>{personId}-{message key}</c>, both lower-case hex, so it is URL-safe, names
/// one received mail for good, and finds its row with one point read (replies are kept per person).
/// </summary>
public static class ReplyId
{
    private const char Separator = '-';

    public static string Format(string personId, string messageId) => $"{personId}{Separator}{MailRows.MessageKey(messageId)}";

    /// <summary>False for anything this API did not hand out; raw input never reaches a key unchecked.</summary>
    public static bool TryParse(string? id, out string personId, out string messageKey)
    {
        personId = messageKey = string.Empty;
        var parts = id?.Split(Separator);
        if (parts is not [var person, var key] || !RowKeys.IsValidPersonId(person) || key.Length != 32 || !key.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        (personId, messageKey) = (person, key);
        return true;
    }
}
