using Outreach.Text;

namespace Outreach.UnitTests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Müller", "muller")]
    [InlineData("MÜLLER", "muller")]
    [InlineData("  Ana   María ", "ana maria")]
    [InlineData("Straße", "strasse")]
    [InlineData("山田 太郎", "山田 太郎")]
    public void FoldIgnoresCaseAccentsAndSpacing(string input, string expected)
        => Assert.Equal(expected, TextFolding.Fold(input));

    [Fact]
    public void MatchingFoldMeetsGermanTransliteration()
        => Assert.Equal(TextFolding.FoldForMatching("Müller"), TextFolding.FoldForMatching("Mueller"));

    [Fact]
    public void FoldDropsBrokenSurrogatesInsteadOfThrowing()
        => Assert.Equal("ab", TextFolding.Fold("a\ud800b"));
}
