using Outreach.Career;

namespace Outreach.UnitTests.Career;

public sealed class CompanyNameTests
{
    [Theory]
    [InlineData("FCB", "fcb")]
    [InlineData("FCB GmbH", "FCB")]
    [InlineData("Acme, Inc.", "ACME")]
    [InlineData("Acme Inc", "acme ltd.")]
    [InlineData("Müller & Söhne AG", "Mueller and Sohne")]
    [InlineData("Nestlé S.A.", "Nestle")]
    [InlineData("Foote, Cone & Belding GmbH & Co. KG", "Foote Cone and Belding")]
    [InlineData("Stripe, LLC", "Stripe")]
    [InlineData("Jung von Matt/Alster", "Jung von Matt Alster")]
    public void NamesThatDifferOnlyInCaseAccentsPunctuationAndLegalFormMatch(string one, string other)
        => Assert.Equal(CompanyName.Key(one), CompanyName.Key(other));

    [Theory]
    [InlineData("FCB", "BBDO")]
    [InlineData("Goodby Silverstein", "Goodby")]
    [InlineData("Acme", "Acme Labs")]
    public void DifferentCompaniesDoNotMatch(string one, string other)
        => Assert.NotEqual(CompanyName.Key(one), CompanyName.Key(other));

    [Fact]
    public void ALegalFormAloneStaysAName()
        => Assert.Equal("ag", CompanyName.Key("AG"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , . ")]
    public void EmptyNamesHaveAnEmptyKey(string? name)
        => Assert.Equal(string.Empty, CompanyName.Key(name));
}
