namespace Outreach.Mail.Rules;

/// <summary>What one message is, for linking: only <see cref="Sent"/> and <see cref="Received"/> are correspondence.</summary>
public enum MessageKind
{
    /// <summary>In Sent Items and not a draft.</summary>
    Sent,

    /// <summary>Any other mail that reached the user: a reply, or mail someone started.</summary>
    Received,

    /// <summary>Written by a machine on the sender's behalf (out of office, vacation, read receipt, delay notice).</summary>
    AutoReply,

    /// <summary>A bounce: the mail did not reach (one of) its recipients.</summary>
    NonDelivery,

    /// <summary>Not sent yet; never linked.</summary>
    Draft,
}
