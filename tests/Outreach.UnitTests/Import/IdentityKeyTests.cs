namespace Outreach.UnitTests.Import;

public sealed class IdentityKeyTests
{
    [Fact]
    public void ProfileUrlIsTheKeyWhenPresent()
    {
        var row = new ContactRow { Line = 2, FirstName = "Jane", ProfileUrl = "https://www.linkedin.com/in/janedoe", Emails = ["jane@example.com"] };

        Assert.Equal("url:https://www.linkedin.com/in/janedoe", row.IdentityKey);
    }

    [Fact]
    public void FirstEmailIsTheKeyWithoutProfileUrl()
    {
        var row = new ContactRow { Line = 2, FirstName = "Jane", Emails = ["jane@example.com", "jane@work.example"] };

        Assert.Equal("email:jane@example.com", row.IdentityKey);
    }

    [Fact]
    public void FoldedNameAndCompanyAreTheKeyOtherwise()
    {
        var row = new ContactRow { Line = 2, FirstName = "Jürgen", LastName = " MÜLLER ", Company = "Bäckerei  Groß" };

        Assert.Equal("name:jurgen muller|backerei gross", row.IdentityKey);
    }

    [Fact]
    public void NameKeyWorksWithOnlyALastNameAndNoCompany()
        => Assert.Equal("name:doe|", new ContactRow { Line = 2, LastName = "Doe" }.IdentityKey);

    [Fact]
    public void UrlVariantsInOneFileGiveOneKey()
    {
        var text = ContactCsv.LinkedInHeader + "\n"
            + "Jane,Doe,https://www.linkedin.com/in/janedoe,,,,12 Mar 2024\n"
            + "Jane,Doe,http://de.linkedin.com/in/janedoe/?trk=abc,,,,12 Mar 2024\n"
            + "Jane,Doe,linkedin.com/in/janedoe#top,,,,12 Mar 2024\n";

        var keys = ContactCsv.Read(text).Rows.Select(r => r.IdentityKey).Distinct();

        Assert.Equal(["url:https://www.linkedin.com/in/janedoe"], keys);
    }
}
