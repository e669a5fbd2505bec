using Outreach.Career;

namespace Outreach.UnitTests.Career;

public sealed class CareerMonthTests
{
    [Theory]
    [InlineData("Mar 2015", false, "2015-03")]
    [InlineData("Mar 2015", true, "2015-03")]
    [InlineData(" March 2015 ", false, "2015-03")]
    [InlineData("Dec 1999", false, "1999-12")]
    [InlineData("2015", false, "2015-01")]
    [InlineData("2015", true, "2015-12")]
    public void LinkedInDatesBecomeMonths(string text, bool isEnd, string expected)
        => Assert.Equal(expected, CareerMonth.Parse(text, isEnd));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("Mär 2015")]
    [InlineData("15")]
    public void WhatIsNoDateGivesNull(string? text)
        => Assert.Null(CareerMonth.Parse(text, isEnd: false));
}
