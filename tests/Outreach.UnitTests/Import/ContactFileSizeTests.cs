using System.Text;

namespace Outreach.UnitTests.Import;

public sealed class ContactFileSizeTests
{
    [Fact]
    public void ReaderReadsThirtyThousandRowsWithTheirLineNumbers()
    {
        const int count = 30_000;
        var text = new StringBuilder(ContactCsv.QuotedNotes).Append('\n').Append(ContactCsv.LinkedInHeader).Append("\r\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("Person").Append(i).Append(",Müller 🚀,https://www.linkedin.com/in/person-").Append(i)
                .Append("/?trk=x,,\"Acme, Inc.\",\"Head of \"\"Things\"\"\",").Append(1 + (i % 28)).Append(" Mar 2024\r\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var file = ContactCsv.Read(bytes);

        Assert.Equal(count, file.Rows.Count);
        Assert.Equal(count, file.Rows.Select(r => r.IdentityKey).Distinct().Count());
        Assert.Equal(count + 4, file.Rows[^1].Line);
        Assert.Empty(file.Warnings);
        Assert.Empty(file.Rejected);
    }
}
