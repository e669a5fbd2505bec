using System.Text;

namespace Outreach.UnitTests.Plan;

public sealed class QueueOrderKeyTests
{
    private static OrderFacts Person(
        string id, string? last, string? first, string? connected = null, string? lastContact = null)
        => new(id, last, first, Parse(connected), Parse(lastContact));

    private static DateOnly? Parse(string? day) => day is null ? null : DateOnly.Parse(day, null);

    private static string[] Sorted(PlanOrder order, int seed, params OrderFacts[] people)
    {
        var keyed = people.Select(p => (Key: QueueOrderKey.For(order, seed, p), p.PersonId)).ToList();
        keyed.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return [.. keyed.Select(k => k.PersonId)];
    }

    [Fact]
    public void ByNameSortsByFoldedLastThenFirstNameWithNamelessLast()
    {
        var order = Sorted(
            PlanOrder.ByName,
            1,
            Person("a1", "Zimmermann", "Anna"),
            Person("a2", null, null),
            Person("a3", "Ångström", "Björn"),
            Person("a4", "Adams", "Zoe"),
            Person("a5", "adams", "Amy"),
            Person("a6", "Abc", "Al"),
            Person("a7", "Ab", "Zed"),
            Person("a8", "MÜLLER", "Hans"),
            Person("a9", "Muller", "Eva"),
            Person("b1", null, "Cher"));

        Assert.Equal(["a7", "a6", "a5", "a4", "a3", "b1", "a9", "a8", "a1", "a2"], order);
    }

    [Fact]
    public void OldestConnectionSortsByDateWithUnknownLastThenByName()
    {
        var order = Sorted(
            PlanOrder.OldestConnection,
            1,
            Person("c1", "Young", "Yan", "2015-03-01"),
            Person("c2", "Baker", "Bo", "2010-07-14"),
            Person("c3", "Aaron", "Al"),
            Person("c4", "Able", "Ann", "2010-07-14"),
            Person("c5", "Zed", "Zoe", "2009-12-31"));

        Assert.Equal(["c5", "c4", "c2", "c1", "c3"], order);
    }

    [Fact]
    public void LongestSilenceSortsNeverContactedByOldestConnectionThenOldestLastMail()
    {
        var order = Sorted(
            PlanOrder.LongestSilence,
            1,
            Person("d1", "Never", "Late", "2015-01-01"),
            Person("d2", "Mailed", "Recently", "2005-01-01", "2024-05-01"),
            Person("d3", "Never", "Early", "2010-01-01"),
            Person("d4", "Mailed", "Long ago", "2012-01-01", "2012-06-01"),
            Person("d5", "Never", "Unknown"),
            Person("d6", "Mailed", "Same day, older link", "2008-01-01", "2012-06-01"));

        Assert.Equal(["d3", "d1", "d5", "d6", "d4", "d2"], order);
    }

    [Fact]
    public void ShuffledIsStableForASeedAndDiffersAcrossSeeds()
    {
        var people = Enumerable.Range(0, 20).Select(i => Person($"{i:x4}", "Same", "Name")).ToArray();

        var first = Sorted(PlanOrder.Shuffled, 7, people);
        var again = Sorted(PlanOrder.Shuffled, 7, people.Reverse().ToArray());
        var other = Sorted(PlanOrder.Shuffled, 8, people);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.NotEqual(people.Select(p => p.PersonId), first);
        Assert.Matches("^[0-9a-f]{16}\\|0001$", QueueOrderKey.For(PlanOrder.Shuffled, 7, people[1]));
    }

    [Theory]
    [InlineData(PlanOrder.LongestSilence)]
    [InlineData(PlanOrder.OldestConnection)]
    [InlineData(PlanOrder.Shuffled)]
    [InlineData(PlanOrder.ByName)]
    public void KeysAreUniqueAndEndWithThePersonId(PlanOrder order)
    {
        var twin = Person("ab12", "Twin", "Tom", "2010-01-01");
        var key = QueueOrderKey.For(order, 1, twin);

        Assert.EndsWith("|ab12", key, StringComparison.Ordinal);
        Assert.NotEqual(key, QueueOrderKey.For(order, 1, twin with { PersonId = "ab13" }));
    }

    [Theory]
    [InlineData("AC/DC", "Back\\slash")]
    [InlineData("#hash", "Why?")]
    [InlineData("100%", "a%2Fb")]
    [InlineData("山田", "太郎")]
    [InlineData("😀 Smile", "👩‍👩‍👧")]
    [InlineData("محمد", "عبد الله")]
    [InlineData("Tab\tand\u0001control\u007f", "\u0085next\u200bline")]
    public void KeysAreValidRowKeysForAnyName(string last, string first) => AssertValidRowKeys(last, first);

    [Fact]
    public void KeysAreValidRowKeysForBrokenUtf16()
    {
        // Built here, not in InlineData: test discovery would already have replaced the lone surrogate.
        AssertValidRowKeys("Smith\ud83d", "\udc00Ann");
    }

    private static void AssertValidRowKeys(string last, string first)
    {
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        foreach (var order in Enum.GetValues<PlanOrder>())
        {
            var key = QueueOrderKey.For(order, 1, Person("ff00", last, first, "2011-01-01", "2016-01-01"));

            Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
            Assert.True(key.Length <= 400, key);
            Assert.Equal(key, strictUtf8.GetString(strictUtf8.GetBytes(key)));
        }
    }

    [Fact]
    public void NamesInAnyScriptAreKept()
    {
        Assert.Contains("山田", QueueOrderKey.For(PlanOrder.ByName, 1, Person("01", "山田", "太郎")), StringComparison.Ordinal);
        Assert.Contains("😀", QueueOrderKey.For(PlanOrder.ByName, 1, Person("01", "😀", null)), StringComparison.Ordinal);
    }

    [Fact]
    public void VeryLongNamesAreCutToFitARowKey()
    {
        var key = QueueOrderKey.For(PlanOrder.LongestSilence, 1, Person(new string('a', 128), new string('/', 500), new string('x', 500)));

        Assert.True(key.Length <= 400, key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ab/cd")]
    [InlineData("ab|cd")]
    public void PersonIdsThatAreNotSafeInAKeyAreRejected(string id)
        => Assert.ThrowsAny<ArgumentException>(() => QueueOrderKey.For(PlanOrder.ByName, 1, Person(id, "A", "B")));
}
