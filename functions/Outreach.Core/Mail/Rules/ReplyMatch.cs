namespace Outreach.Mail.Rules;

/// <summary>How a reply was tied to the outreach mail it answers, strongest first.</summary>
public enum ReplyMatch
{
    /// <summary><c>In-Reply-To</c> or <c>References</c> names the outreach mail.</summary>
    Reference,

    /// <summary>Same Graph conversation as the outreach mail, and later.</summary>
    Conversation,

    /// <summary>Only from the person, after the outreach mail.</summary>
    Sender,
}
