namespace Outreach.Mail.Rules;

/// <summary>Which way a message went, seen from the user.</summary>
public enum MailDirection
{
    /// <summary>The user sent it (Sent Items).</summary>
    Out,

    /// <summary>The user received it.</summary>
    In,
}
