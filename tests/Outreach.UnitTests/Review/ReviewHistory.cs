using Outreach.Mail.Linker;
using Outreach.People;
using Outreach.Review;

namespace Outreach.UnitTests.Review;

/// <summary>
/// A user's history played through the same pure steps the ledger takes: every person change goes through
/// <see cref="ReviewTracker"/> into day rows and counters, and the review is calculated from those alone.
/// </summary>
internal sealed class ReviewHistory(PlanSettings plan)
{
    private readonly Dictionary<DateOnly, ReviewDay> _days = [];
    private readonly Dictionary<string, PersonEntity> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _writeStarts = new(StringComparer.Ordinal);

    public PlanSettings Plan { get; } = plan;

    /// <summary>A plan of every day from May to December 2025, for histories told in <c>Linked</c> days (from 2 June 2025).</summary>
    public static ReviewHistory From2025(string timeZone = "UTC")
        => new(new PlanSettings(null, new DateOnly(2025, 12, 31), false, PlanOrder.ByName, 1, timeZone, new DateOnly(2025, 5, 1)));

    public ReviewCounters Counters { get; private set; } = new();

    public IReadOnlyCollection<ReviewDay> Days => _days.Values;

    public PersonEntity this[string id] => _people[id];

    /// <param name="lastMail">Their last mail exchanged before anything here (first and last mail alike).</param>
    public void Person(string id, DateTimeOffset? lastMail = null, string? company = null)
    {
        var person = PersonEntity.Create("user", id, "name:" + id, DateTimeOffset.UnixEpoch);
        (person.FirstName, person.LastName, person.Company) = (char.ToUpperInvariant(id[0]) + id[1..], "Test", company);
        (person.FirstMailAt, person.LastMailAt) = (lastMail, lastMail);
        person.Emails = [new PersonEmail($"{id}@example.com", PersonEmail.FromImport)];
        Commit(null, person);
    }

    /// <summary>A stored person who was counted before the review existed: no marks, no entries.</summary>
    public void LegacyPerson(string id, Action<PersonEntity> state)
    {
        Person(id);
        var person = _people[id];
        state(person);
        person.ReviewCounted = null;
    }

    public void Change(string id, Action<PersonEntity> edit)
    {
        var before = _people[id];
        var after = before.Clone();
        edit(after);
        Commit(before, after);
    }

    public void WriteStarted(string id, DateTimeOffset at) => _writeStarts[id] = at;

    /// <summary>What the linker does with a sent mail that counts: written via mail at its time, after their last mail so far.</summary>
    public void MailWritten(string id, DateTimeOffset at)
        => Change(id, p =>
        {
            if (p.Status != PersonStatus.Written)
            {
                PersonActions.MarkWritten(p, Plan, at, PersonActions.ViaMail, p.LastMailAt);
            }
        });

    public void WrittenElsewhere(string id, DateTimeOffset at)
        => Change(id, p => PersonActions.MarkWritten(p, Plan, at, PersonActions.ViaElsewhere, p.LastMailAt));

    /// <summary>The linker's refresh: the person's state derived from all their linked messages.</summary>
    public void Linked(string id, params LinkedMessage[] messages)
        => Change(id, p => PersonMailUpdater.Apply(p, PersonMailDerivation.Derive(messages), Plan));

    public void Replied(string id, DateTimeOffset at) => Change(id, p => p.RepliedAt ??= at);

    public void Reopened(string id) => Change(id, p =>
    {
        (p.Status, p.WrittenOn, p.WrittenAt, p.WrittenVia) = (PersonStatus.Open, null, null, null);
    });

    /// <summary>
    /// What the review service does once for a history from before the review's rows: rebuilds them from the
    /// people (from nothing, unless <paramref name="keepRows"/>), and the review reads the result from then on.
    /// </summary>
    public ReviewRebuildResult Rebuild(bool keepRows)
    {
        if (!keepRows)
        {
            _days.Clear();
        }

        var result = ReviewRebuild.Rebuild(_people.Values, _days);
        Counters = result.Counters;
        return result;
    }

    public ReviewView Review(DateOnly from, DateOnly to, int writtenBefore = 0, int population = 100)
        => ReviewCalculator.Calculate(new ReviewInput(
            Plan, from, to, Days, writtenBefore, population, new PeopleFigures(population, 0, 0, 0, 0), Counters, AwaitingAnswer: 0));

    private void Commit(PersonEntity? before, PersonEntity after)
    {
        DateTimeOffset? started = null;
        if (ReviewTracker.NeedsWriteStart(before, after) && _writeStarts.Remove(after.Id, out var start))
        {
            started = start;
        }

        ReviewTracker.Track(before, after, started).ApplyTo(_days, Counters, after);
        _people[after.Id] = after;
    }
}
