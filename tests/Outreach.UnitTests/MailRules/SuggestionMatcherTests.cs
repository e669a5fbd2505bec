namespace Outreach.UnitTests.MailRules;

public sealed class SuggestionMatcherTests
{
    private static readonly Correspondent[] Mailbox =
    [
        new("h.mueller@contoso.com", ["Hans Mueller"], 4),
        new("hans@mueller.example", ["MÜLLER, HANS"], 9),
        new("hpm@fabrikam.example", ["Hans Peter Müller"], 1),
        new("hans.mueller-schmidt@example.org", ["Hans Müller-Schmidt"], 20),
        new("anna.mueller@contoso.com", ["Anna Müller"], 30),
        new("jane.doe@gmail.com", ["Doe, Jane"], 2),
        new("j.doe@work.example", ["Jane Doe (Work)"], 5),
        new("nameless@example.org", [], 50),
    ];

    private static bool NoneTaken(string address) => false;

    [Theory]
    [InlineData("Hans", "Müller")]
    [InlineData("Hans", "Mueller")]
    [InlineData("HANS", "MÜLLER")]
    [InlineData("Hans", "Muller")]
    public void MullerMatchesWhateverTheSpelling(string first, string last)
        => Assert.Equal(
            ["hans@mueller.example", "h.mueller@contoso.com", "hpm@fabrikam.example"],
            SuggestionMatcher.Match(first, last, Mailbox, NoneTaken).Select(suggestion => suggestion.Address));

    [Fact]
    public void LastNameFirstWithACommaMatches()
    {
        var suggestions = SuggestionMatcher.Match("Jane", "Doe", Mailbox, NoneTaken);

        Assert.Equal(["j.doe@work.example", "jane.doe@gmail.com"], suggestions.Select(suggestion => suggestion.Address));
        Assert.Equal(new AddressSuggestion("jane.doe@gmail.com", "Doe, Jane", 2), suggestions[1]);
    }

    [Fact]
    public void MiddleNameOfThePersonIsIgnored()
        => Assert.Contains(
            SuggestionMatcher.Match("Hans Peter", "Müller", Mailbox, NoneTaken),
            suggestion => suggestion.Address == "hans@mueller.example");

    [Fact]
    public void AnotherPersonsAddressIsNeverSuggested()
    {
        static bool Taken(string address) => address == "hans@mueller.example";

        var suggestions = SuggestionMatcher.Match("Hans", "Müller", Mailbox, Taken);

        Assert.DoesNotContain(suggestions, suggestion => suggestion.Address == "hans@mueller.example");
        Assert.Equal(2, suggestions.Count);
    }

    [Theory]
    [InlineData(null, "Müller")]
    [InlineData("Hans", "")]
    public void MissingNameSuggestsNothing(string? first, string? last)
        => Assert.Empty(SuggestionMatcher.Match(first, last, Mailbox, NoneTaken));

    [Fact]
    public void SameSurnameWithAnotherFirstNameIsNotSuggested()
        => Assert.Equal(["anna.mueller@contoso.com"], SuggestionMatcher.Match("Anna", "Mueller", Mailbox, NoneTaken).Select(s => s.Address));
}
