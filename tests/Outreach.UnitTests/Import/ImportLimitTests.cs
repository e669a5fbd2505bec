using System.Text;
using Outreach.People;
using Outreach.Storage;

namespace Outreach.UnitTests.Import;

public sealed class ImportLimitTests
{
    [Theory]
    [InlineData(20, false)]
    [InlineData(21, true)]
    public void ARowWithMoreAddressesThanAPersonMayHaveIsRejectedByLine(int addresses, bool rejected)
    {
        var cell = string.Join(";", Enumerable.Range(0, addresses).Select(i => $"a{i}@example.com"));
        var text = ContactCsv.LinkedInHeader + "\r\nJane,Doe,https://www.linkedin.com/in/jane,\"" + cell + "\",Acme,Boss,1 Mar 2024\r\n";

        var file = ContactCsv.Read(Encoding.UTF8.GetBytes(text));

        Assert.Equal(rejected ? 0 : 1, file.Rows.Count);
        Assert.Equal(rejected ? [2] : [], file.Rejected.Select(r => r.Line));
    }

    [Theory]
    [InlineData(ImportLimits.MaxFieldLength, false)]
    [InlineData(ImportLimits.MaxFieldLength + 1, true)]
    public void AFieldLongerThanTheLimitRejectsItsRowNamingTheColumn(int length, bool rejected)
    {
        var text = ContactCsv.LinkedInHeader + "\r\nJane,Doe,,,Acme," + new string('p', length) + ",1 Mar 2024\r\n";

        var file = ContactCsv.Read(Encoding.UTF8.GetBytes(text));

        Assert.Equal(rejected ? 0 : 1, file.Rows.Count);
        if (rejected)
        {
            Assert.Contains("'Position'", Assert.Single(file.Rejected).Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CareerHistoryKeepsTheNewestMovesAndNeverOutgrowsStorage()
    {
        var person = PersonEntity.Create("pk", "0123456789abcdef01234567", "url:x", DateTimeOffset.UnixEpoch);
        var longest = new string('職', ImportLimits.MaxFieldLength);
        for (var i = 0; i < 100; i++)
        {
            CareerHistoryLimit.Append(person, new CareerChange(new DateOnly(2000, 1, 1).AddDays(i), longest, longest, longest, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.InRange(person.CareerHistory.Count, 1, CareerHistoryLimit.MaxEntries);
        Assert.Equal("99", person.CareerHistory[^1].ToPosition);
        Assert.Null(TableLimits.Violation(person));
    }

    [Fact]
    public void AnEntityWithAValueOverStoragesStringLimitIsNamed()
    {
        var person = PersonEntity.Create("pk", "0123456789abcdef01234567", "url:x", DateTimeOffset.UnixEpoch);
        person.Notes = new string('n', TableLimits.MaxStringChars + 1);

        Assert.StartsWith("Notes ", TableLimits.Violation(person), StringComparison.Ordinal);
    }
}
