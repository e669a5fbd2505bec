using Outreach.Mail.Rules;
using Outreach.People;
using Outreach.Plan;

namespace Outreach.LinkedIn;

/// <summary>
/// Who counts as written, from both channels under one plan: the earliest of the mail that counted and the
/// LinkedIn message that counted. A person written by mail or on LinkedIn who has neither any more (the plan's
/// start moved past it) is open again; <i>Written elsewhere</i> is the user's word and is never changed here.
/// </summary>
public static class ChannelWritten
{
    /// <summary>Applies the LinkedIn history and the written verdict to <paramref name="person"/>; false when nothing changed.</summary>
    /// <param name="mail">The person's mail state under <paramref name="plan"/>.</param>
    /// <param name="mailTimes">Every mail exchanged with them, for the silence writing bridged.</param>
    public static bool Apply(PersonEntity person, PlanSettings plan, PersonMailState mail, IEnumerable<DateTimeOffset> mailTimes, LinkedInState linkedIn)
    {
        var before = PersonChannelSnapshot.Of(person);
        person.LinkedInFirstAt = linkedIn.First;
        person.LinkedInLastAt = linkedIn.Last;
        person.LinkedInSent = linkedIn.Sent;
        person.LinkedInReceived = linkedIn.Received;
        person.LinkedInRepliesReceived = linkedIn.Replies.Count;
        person.LinkedInRepliedAt = linkedIn.Replies.Count > 0 ? linkedIn.Replies.Min(r => r.ReceivedAt) : null;

        var earliest = new[] { (At: mail.WrittenAt, Via: PersonActions.ViaMail), (At: linkedIn.WrittenAt, Via: PersonActions.ViaLinkedIn) }
            .Where(c => c.At is not null)
            .OrderBy(c => c.At)
            .Select(c => ((DateTimeOffset At, string Via)?)(c.At!.Value, c.Via))
            .FirstOrDefault();
        var countedByChannel = person.Status == PersonStatus.Written && person.WrittenVia is PersonActions.ViaMail or PersonActions.ViaLinkedIn;
        if (earliest is not { } written)
        {
            if (countedByChannel)
            {
                PersonActions.Unwrite(person);
            }
        }
        else if (person.Status != PersonStatus.Written || countedByChannel)
        {
            var contactBefore = mailTimes.Concat(linkedIn.Times).Where(t => t < written.At).Select(t => (DateTimeOffset?)t).Max();
            PersonActions.MarkWritten(person, plan, written.At, written.Via, contactBefore);
        }

        return PersonChannelSnapshot.Of(person) != before;
    }
}
