namespace Outreach.GraphSandbox.Mail;

/// <summary>Who reports a non-delivery.</summary>
public enum BounceSender
{
    /// <summary>The user's own server (Exchange Online style): <c>postmaster@{owner's domain}</c>.</summary>
    Postmaster,

    /// <summary>The recipient's server (Sendmail/Exim style): <c>MAILER-DAEMON@{recipient's domain}</c>.</summary>
    MailerDaemon,
}
