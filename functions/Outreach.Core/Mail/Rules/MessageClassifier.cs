namespace Outreach.Mail.Rules;

/// <summary>Sorts one message into a <see cref="MessageKind"/> from its folder, headers and subject.</summary>
public static class MessageClassifier
{
    public static MessageKind Classify(MailMessageFacts message)
    {
        if (message.IsDraft)
        {
            return MessageKind.Draft;
        }

        if (string.Equals(message.Folder, MailFolder.SentItems, StringComparison.OrdinalIgnoreCase))
        {
            return MessageKind.Sent;
        }

        // Bounces usually carry Auto-Submitted as well, so they must be recognised before auto-replies.
        if (NonDeliverySignals.IsNonDelivery(message))
        {
            return NonDeliverySignals.IsDelayOrSuccessNotice(message) ? MessageKind.AutoReply : MessageKind.NonDelivery;
        }

        return AutoReplySignals.IsAutoReply(message) ? MessageKind.AutoReply : MessageKind.Received;
    }
}
