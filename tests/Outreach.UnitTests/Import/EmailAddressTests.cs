using Outreach.People;

namespace Outreach.UnitTests.Import;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("jane@example.com", "jane@example.com")]
    [InlineData("  Jane.Doe@Example.COM ", "jane.doe@example.com")]
    [InlineData("<jane@example.com>", "jane@example.com")]
    [InlineData("mailto:jane@example.com", "jane@example.com")]
    [InlineData("MAILTO:Jane@Example.com?subject=Hi", "jane@example.com")]
    [InlineData("<mailto:jane@example.com>", "jane@example.com")]
    [InlineData("jane+news@mail.example.co.uk", "jane+news@mail.example.co.uk")]
    [InlineData("o'brien@example.ie", "o'brien@example.ie")]
    [InlineData("jürgen@müller.de", "jürgen@müller.de")]
    public void NormaliseTrimsUnwrapsAndLowerCases(string value, string expected)
        => Assert.Equal(expected, EmailAddress.Normalize(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("jane")]
    [InlineData("jane@")]
    [InlineData("@example.com")]
    [InlineData("jane@example")]
    [InlineData("jane@example.c")]
    [InlineData("jane@@example.com")]
    [InlineData("jane@example..com")]
    [InlineData("jane..doe@example.com")]
    [InlineData(".jane@example.com")]
    [InlineData("jane doe@example.com")]
    [InlineData("Jane Doe <jane@example.com>")]
    [InlineData("\"jane\"@example.com")]
    [InlineData("jane@example.com, john@example.com")]
    [InlineData("jane@-example.com")]
    [InlineData("jane@[127.0.0.1]")]
    public void InvalidAddressesNormaliseToNull(string? value)
    {
        Assert.Null(EmailAddress.Normalize(value));
        Assert.False(EmailAddress.IsValid(value));
    }
}
