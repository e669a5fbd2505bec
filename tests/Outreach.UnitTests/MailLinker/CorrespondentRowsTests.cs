using Outreach.Auth;
using Outreach.Mail.Linker;
using Outreach.UnitTests.MailRules;

namespace Outreach.UnitTests.MailLinker;

public sealed class CorrespondentRowsTests
{
    private static readonly UserId User = new(Guid.Parse("11111111-1111-1111-1111-111111111111"), Guid.Parse("22222222-2222-2222-2222-222222222222"));

    [Fact]
    public void ARunWritesOneRowPerAddressHoweverManyMessages()
    {
        var run = new RunCorrespondents();
        for (var i = 0; i < 250; i++)
        {
            run.Add(Mails.Address("ann@elsewhere.example", i % 2 == 0 ? "Ann Lee" : "Annie"), Mails.Sent($"m{i}", "ann@elsewhere.example"));
        }

        run.Add(Mails.Address("bob@elsewhere.example"), Mails.Sent("m0", "bob@elsewhere.example"));

        var rows = run.Rows(User).ToList();
        Assert.Equal(2, rows.Count);
        var ann = Assert.Single(CorrespondentEntity.Tally(rows), c => c.Address == "ann@elsewhere.example");
        Assert.Equal(250, ann.Count);
        Assert.Equal(new[] { "Ann Lee", "Annie" }, ann.Names);
    }

    [Fact]
    public void AMessageSeenByTwoRunsOrTwiceInOneCountsOnce()
    {
        var first = new RunCorrespondents();
        var second = new RunCorrespondents();
        first.Add(Mails.Address("ann@elsewhere.example"), Mails.Sent("m1", "ann@elsewhere.example"));
        first.Add(Mails.Address("ann@elsewhere.example"), Mails.Sent("m1", "ann@elsewhere.example"));
        first.Add(Mails.Address("ann@elsewhere.example"), Mails.Sent("m2", "ann@elsewhere.example"));
        second.Add(Mails.Address("ann@elsewhere.example"), Mails.Sent("m2", "ann@elsewhere.example"));
        second.Add(Mails.Address("ann@elsewhere.example"), Mails.Sent("m3", "ann@elsewhere.example"));

        var tally = CorrespondentEntity.Tally([.. first.Rows(User), .. second.Rows(User)]);

        Assert.Equal(3, Assert.Single(tally).Count);
    }

    [Fact]
    public void RowsOfOneMessageEachCountAlongsideGatheredRows()
    {
        var older = new CorrespondentEntity { RowKey = MailRows.Correspondent("ann@elsewhere.example", MailRows.MessageKey("m1")), Address = "ann@elsewhere.example", Name = "Ann" };
        var run = new RunCorrespondents();
        run.Add(Mails.Address("ann@elsewhere.example", "Ann Lee"), Mails.Sent("m1", "ann@elsewhere.example"));
        run.Add(Mails.Address("ann@elsewhere.example"), Mails.Sent("m2", "ann@elsewhere.example"));

        var ann = Assert.Single(CorrespondentEntity.Tally([older, .. run.Rows(User)]));

        Assert.Equal(2, ann.Count);
        Assert.Equal(new[] { "Ann", "Ann Lee" }, ann.Names);
    }

    [Fact]
    public void AnAddressWithMoreMessagesThanARowHoldsSpreadsOverRows()
    {
        var run = new RunCorrespondents();
        for (var i = 0; i < CorrespondentEntity.MaxKeys + 1; i++)
        {
            run.Add(Mails.Address("ann@elsewhere.example"), Mails.Sent($"m{i}", "ann@elsewhere.example"));
        }

        var rows = run.Rows(User).ToList();

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.True(r.MessageKeys!.Length <= 32 * 1024));
        Assert.Equal(CorrespondentEntity.MaxKeys + 1, Assert.Single(CorrespondentEntity.Tally(rows)).Count);
    }
}
