using Outreach.GraphSandbox.Mail;

namespace Outreach.GraphSandbox.Demo;

/// <summary>
/// Writes plausible old mail: a few threads per person, years ago, in both folders, threaded as
/// real replies are (In-Reply-To, conversation), so a backfill finds "last mail 2016, 3 mails".
/// </summary>
internal static class HistoryWriter
{
    private static readonly string[] Subjects =
    [
        "Catching up", "Great meeting you at the conference", "Coffee next week?", "Intro", "Thanks for yesterday",
        "Quick question", "Your talk", "Job opening on my team", "Happy new year", "Following up", "Lunch?",
        "Slides from today", "Congratulations on the new role", "Recommendation", "Visiting your city",
    ];

    public static IReadOnlyList<PersonHistory> Write(MailboxScript mail, string mailbox, IReadOnlyList<DemoPerson> people, int seed, DemoOptions options, DateTimeOffset now)
    {
        var random = new Random(seed);
        var histories = new List<PersonHistory>();
        var lastYear = Math.Max(options.HistoryFromYear, now.Year - 1);
        foreach (var person in people)
        {
            if (!person.HistoryRequired && random.NextDouble() >= options.HistoryShare)
            {
                continue;
            }

            var last = new DateTimeOffset(random.Next(options.HistoryFromYear, lastYear + 1), 1, 1, 8, 0, 0, TimeSpan.Zero)
                .AddDays(random.Next(0, 360)).AddMinutes(random.Next(0, 600));
            var times = new List<DateTimeOffset>();
            var threadEnd = last;
            for (var thread = random.Next(1, 4); thread > 0; thread--)
            {
                times.AddRange(WriteThread(mail, mailbox, person, random, threadEnd));
                threadEnd = threadEnd.AddDays(-random.Next(30, 500));
            }

            histories.Add(new PersonHistory(person, times.Count, times.Min(), times.Max()));
        }

        return histories;
    }

    /// <summary>One thread of one to three mails ending at <paramref name="end"/>, started by either side.</summary>
    private static List<DateTimeOffset> WriteThread(MailboxScript mail, string mailbox, DemoPerson person, Random random, DateTimeOffset end)
    {
        var length = random.Next(1, 4);
        var userStarts = random.NextDouble() < 0.6;
        var subject = Subjects[random.Next(Subjects.Length)];
        var times = Enumerable.Range(0, length).Select(i => end.AddHours(-(length - 1 - i) * random.Next(2, 72))).ToList();
        var from = new SandboxAddress(person.Address, person.Name);
        string? previous = null;
        for (var i = 0; i < length; i++)
        {
            var byUser = userStarts == (i % 2 == 0);
            var message = byUser
                ? mail.SendAsUser(mailbox, [from], subject: previous is null ? subject : "Re: " + subject, inReplyTo: previous, at: times[i])
                : mail.Receive(mailbox, from, subject: previous is null ? subject : null, inReplyTo: previous, at: times[i]);
            previous = message.InternetMessageId;
        }

        return times;
    }
}
