namespace Outreach.UnitTests.MailRules;

public sealed class MessageIdsTests
{
    [Fact]
    public void ReferencesSplitOnFoldedWhitespaceKeepingOrderAndCase()
        => Assert.Equal(
            ["<A1@x.example>", "<b2@Y.example>", "<c3@z.example>"],
            MessageIds.Parse("<A1@x.example>\r\n <b2@Y.example>\t<c3@z.example>"));

    [Fact]
    public void RepeatedIdsAppearOnce()
        => Assert.Equal(["<a@x>", "<b@x>"], MessageIds.Parse("<a@x> <b@x> <a@x>"));

    [Fact]
    public void IdsDifferingOnlyInCaseStayDistinct()
        => Assert.Equal(["<a@x>", "<A@x>"], MessageIds.Parse("<a@x> <A@x>"));

    [Fact]
    public void CommentsAndCommasAroundIdsAreIgnored()
        => Assert.Equal(["<a@x>", "<b@x>"], MessageIds.Parse("<a@x> (Hans's message of Mon, 2 Jun 2025), <b@x>"));

    [Fact]
    public void UnbracketedIdsAreBracketed()
        => Assert.Equal(["<a@x>", "<b@x>"], MessageIds.Parse("a@x b@x"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \r\n ")]
    [InlineData("<>")]
    public void EmptyHeaderHasNoIds(string? value) => Assert.Empty(MessageIds.Parse(value));

    [Theory]
    [InlineData(" <a@x> ", "<a@x>")]
    [InlineData("a@x", "<a@x>")]
    [InlineData("<a@x", "<a@x>")]
    public void NormalisedIdIsTrimmedAndBracketed(string id, string expected) => Assert.Equal(expected, MessageIds.Normalize(id));

    [Fact]
    public void ReferencedIdsPutInReplyToFirst()
    {
        var message = Mails.Received("r", Mails.Address("a@b.example"), "Re: x", Mails.Headers(
            ("In-Reply-To", "<parent@x>"),
            ("References", "<root@x> <parent@x>")));

        Assert.Equal(["<parent@x>", "<root@x>"], MessageIds.Referenced(message));
    }
}
