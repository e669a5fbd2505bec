namespace Outreach.UnitTests.Import;

public sealed class ProfileUrlTests
{
    [Theory]
    [InlineData("https://www.linkedin.com/in/janedoe")]
    [InlineData("https://www.linkedin.com/in/janedoe/")]
    [InlineData("http://www.linkedin.com/in/janedoe")]
    [InlineData("https://linkedin.com/in/janedoe")]
    [InlineData("https://de.linkedin.com/in/janedoe")]
    [InlineData("HTTPS://WWW.LINKEDIN.COM/in/janedoe")]
    [InlineData("https://www.linkedin.com/in/janedoe?trk=public_profile&originalSubdomain=de")]
    [InlineData("https://www.linkedin.com/in/janedoe/#experience")]
    [InlineData("  www.linkedin.com/in/janedoe  ")]
    [InlineData("linkedin.com/in/janedoe/")]
    [InlineData("//www.linkedin.com/in/janedoe")]
    [InlineData("https://www.linkedin.com//in//janedoe//")]
    [InlineData("https://www.linkedin.com:443/in/janedoe")]
    [InlineData("https://www.linkedin.com./in/janedoe")]
    public void VariantsOfOneProfileNormaliseToOneUrl(string variant)
        => Assert.Equal("https://www.linkedin.com/in/janedoe", ProfileUrl.Normalize(variant));

    [Theory]
    [InlineData("https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller")]
    [InlineData("https://www.linkedin.com/in/j%c3%bcrgen-m%c3%bcller/")]
    [InlineData("https://www.linkedin.com/in/jürgen-müller")]
    [InlineData("https://de.linkedin.com/in/ju\u0308rgen-mu\u0308ller")]
    public void PercentEncodedAndUnicodePathsNormaliseToOneUrl(string variant)
        => Assert.Equal("https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller", ProfileUrl.Normalize(variant));

    [Fact]
    public void PathKeepsItsCaseBecauseMemberIdUrlsAreCaseSensitive()
        => Assert.Equal("https://www.linkedin.com/in/ACoAABcdEfG", ProfileUrl.Normalize("https://www.linkedin.com/in/ACoAABcdEfG/"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("https://example.com/in/janedoe")]
    [InlineData("https://notlinkedin.com/in/janedoe")]
    [InlineData("https://linkedin.com.evil.example/in/janedoe")]
    [InlineData("https://www.linkedin.com/")]
    [InlineData("https://www.linkedin.com")]
    [InlineData("ftp://www.linkedin.com/in/janedoe")]
    [InlineData("mailto:jane@linkedin.com")]
    [InlineData("not a url")]
    [InlineData("Jane Doe")]
    public void NonLinkedInOrInvalidValuesNormaliseToNull(string? value)
        => Assert.Null(ProfileUrl.Normalize(value));

    [Fact]
    public void NormaliseIsIdempotent()
    {
        var once = ProfileUrl.Normalize("https://de.linkedin.com/in/zoë-o'brien_(mba)/?x=1");

        Assert.Equal(once, ProfileUrl.Normalize(once));
    }
}
