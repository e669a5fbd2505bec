using System.Collections.Concurrent;
using Outreach.GraphSandbox.Mail;

namespace Outreach.GraphSandbox.Demo;

/// <summary>
/// Makes demo people answer: when the user sends a mail to one of them, some reply after a delay,
/// a few send an out-of-office notice or bounce, the rest stay silent — decided by the seed, the
/// address and how many mails the user sent them, so a demo plays the same way every time.
/// </summary>
public sealed class ScheduledReplies : IDisposable
{
    private readonly MailboxScript _mail;
    private readonly string _mailbox;
    private readonly int _seed;
    private readonly DemoOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, DemoPerson> _people;
    private readonly ConcurrentDictionary<string, int> _mailsSent = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<ITimer, ReplyPlan> _pending = new();
    private readonly IDisposable _feed;

    internal ScheduledReplies(MailboxScript mail, string mailbox, IEnumerable<DemoPerson> people, int seed, DemoOptions options, TimeProvider time)
    {
        _mail = mail;
        _mailbox = mailbox;
        _seed = seed;
        _options = options;
        _time = time;
        _people = people.GroupBy(p => p.Address, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _feed = mail.OnChange(OnChange);
    }

    /// <summary>Answers scheduled and not yet given.</summary>
    public IReadOnlyList<ReplyPlan> Pending => [.. _pending.Values];

    /// <summary>What <paramref name="person"/> does with the user's <paramref name="nth"/> mail to them.</summary>
    public ReplyPlan PlanFor(DemoPerson person, int nth)
    {
        var key = $"{person.Address.ToUpperInvariant()}#{nth}";
        var draw = StableRandom.Unit(_seed, key);
        var kind = draw < _options.ReplyShare ? ReplyKind.Reply
            : draw < _options.ReplyShare + _options.OutOfOfficeShare ? ReplyKind.OutOfOffice
            : draw < _options.ReplyShare + _options.OutOfOfficeShare + _options.BounceShare ? ReplyKind.Bounce
            : ReplyKind.None;
        var span = _options.ReplyDelayMax - _options.ReplyDelayMin;
        var delay = _options.ReplyDelayMin + (span * StableRandom.Unit(_seed, key + "/delay"));
        return new ReplyPlan(person, nth, kind, kind == ReplyKind.OutOfOffice ? TimeSpan.FromSeconds(Math.Min(3, delay.TotalSeconds)) : delay);
    }

    public void Dispose()
    {
        _feed.Dispose();
        foreach (var timer in _pending.Keys)
        {
            timer.Dispose();
        }

        _pending.Clear();
    }

    // Runs inside the store's lock: only schedule here; the answer is written from the timer.
    private void OnChange(MessageChange change)
    {
        if (change.Kind != MessageChangeKind.Created || change.Folder != SandboxFolders.SentItems || change.Message.Mailbox != _mailbox)
        {
            return;
        }

        foreach (var recipient in change.Message.To)
        {
            if (!_people.TryGetValue(recipient.Address, out var person))
            {
                continue;
            }

            var plan = PlanFor(person, _mailsSent.AddOrUpdate(person.Address, 1, (_, n) => n + 1));
            if (plan.Kind != ReplyKind.None)
            {
                Schedule(plan, change.Message);
            }
        }
    }

    private void Schedule(ReplyPlan plan, SandboxMessage original)
    {
        ITimer? timer = null;
        timer = _time.CreateTimer(state =>
        {
            if (timer is not null && _pending.TryRemove(timer, out _))
            {
                timer.Dispose();
                Answer(plan, original);
            }
        }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _pending[timer] = plan;
        timer.Change(plan.Delay, Timeout.InfiniteTimeSpan);
    }

    private void Answer(ReplyPlan plan, SandboxMessage original)
    {
        var from = new SandboxAddress(plan.Person.Address, plan.Person.Name);
        try
        {
            _ = plan.Kind switch
            {
                ReplyKind.Reply => _mail.Receive(_mailbox, from, inReplyTo: original.InternetMessageId),
                ReplyKind.OutOfOffice => _mail.OutOfOffice(_mailbox, from, original.InternetMessageId),
                ReplyKind.Bounce => _mail.Bounce(_mailbox, original.Id, BounceSender.MailerDaemon, plan.Person.Address),
                _ => null,
            };
        }
        catch (KeyNotFoundException)
        {
            // The original was deleted before the bounce came: a real server would bounce anyway,
            // but there is nothing left to thread it to. Timers must not throw.
        }
    }
}
