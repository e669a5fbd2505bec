using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Outreach.GraphSandbox.Hosting;
using Outreach.GraphSandbox.Mail;

namespace Outreach.GraphSandbox.Control;

/// <summary><c>/sandbox/mailboxes/...</c>: the scripting API over HTTP, for the pane's browser preview.</summary>
internal static class MailboxControlEndpoints
{
    public static void Map(RouteGroupBuilder control, SandboxServices services)
    {
        var mail = services.Mail;
        control.MapGet("/mailboxes", () => Results.Ok(mail.Mailboxes().Select(m => new
        {
            mailbox = m,
            owner = mail.Owner(m),
            headersWithheld = mail.HeadersWithheld(m),
            messages = mail.Messages(m).GroupBy(x => x.Folder).ToDictionary(g => g.Key, g => g.Count()),
        })));

        var mailbox = control.MapGroup("/mailboxes/{mailbox}");
        mailbox.MapGet("/messages", (string mailbox, string? folder) => ControlResults.Try(() => Results.Ok(mail.Messages(mailbox, folder))));
        mailbox.MapPut("/owner", (string mailbox, OwnerBody body) => ControlResults.Try(() =>
        {
            mail.SetOwner(mailbox, body.Address, body.Name);
            return Results.Ok(mail.Owner(mailbox));
        }));
        mailbox.MapPut("/headers", (string mailbox, HeadersBody body) =>
        {
            mail.WithholdHeaders(mailbox, body.Withheld);
            return Results.Ok(new { headersWithheld = mail.HeadersWithheld(mailbox) });
        });
        mailbox.MapPost("/send", (string mailbox, SendBody body) => ControlResults.Try(() => Results.Ok(
            mail.SendAsUser(mailbox, Addresses(body.To), Addresses(body.Cc), body.Subject ?? string.Empty, Addresses(body.Bcc), body.InReplyTo, body.At))));
        mailbox.MapPost("/receive", (string mailbox, ReceiveBody body) => ControlResults.Try(() => Results.Ok(
            mail.Receive(mailbox, SandboxAddress.FromString(body.From), Addresses(body.To), body.Subject, body.InReplyTo, body.ConversationId,
                body.Headers, Addresses(body.Cc), body.At))));
        mailbox.MapPost("/auto-reply", (string mailbox, AutoReplyBody body) => ControlResults.Try(() => Results.Ok(
            mail.AutoReply(mailbox, SandboxAddress.FromString(body.From), body.InReplyTo ?? throw new ArgumentException("inReplyTo is required."), body.At))));
        mailbox.MapPost("/out-of-office", (string mailbox, AutoReplyBody body) => ControlResults.Try(() => Results.Ok(
            mail.OutOfOffice(mailbox, SandboxAddress.FromString(body.From), body.InReplyTo, body.At))));
        mailbox.MapPost("/bounce", (string mailbox, BounceBody body) => ControlResults.Try(() => Results.Ok(
            mail.Bounce(mailbox, body.MessageId, body.Sender ?? BounceSender.Postmaster, body.FailedRecipient, body.At))));
        mailbox.MapPost("/messages/{id}/move", (string mailbox, string id, MoveBody body) => ControlResults.Try(() => Results.Ok(mail.Move(mailbox, id, body.Folder))));
        mailbox.MapDelete("/messages/{id}", (string mailbox, string id) => ControlResults.Try(() => Results.Ok(mail.Delete(mailbox, id))));
    }

    private static List<SandboxAddress> Addresses(IReadOnlyList<string>? addresses) => [.. (addresses ?? []).Select(SandboxAddress.FromString)];
}
