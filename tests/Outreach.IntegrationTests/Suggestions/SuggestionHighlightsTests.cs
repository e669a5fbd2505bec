using Azure;
using Azure.Data.Tables;
using Outreach.Auth;
using Outreach.Ledger;
using Outreach.Mail.Rules;
using Outreach.Mail.Suggestions;
using Outreach.Privacy;
using Outreach.Storage;

namespace Outreach.IntegrationTests.Suggestions;

/// <summary>
/// The Today view's suggestion highlights, merged into the summary row on real Azurite. A write that lands
/// between the merge's read and its write is made by the change callback itself, which runs exactly there.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SuggestionHighlightsTests(AzuriteFixture storage)
{
    private readonly UserId _user = new(Guid.NewGuid(), Guid.NewGuid());
    private readonly OutreachTable _table = new(storage.Tables(), new MissingTables());

    [Fact]
    public async Task TwoConcurrentChangesOfTheHighlightsBothSurvive()
    {
        var writer = new LedgerWriter(_table);
        await AddSummaryAsync();
        var interrupted = false;

        await writer.SaveSuggestionHighlightsAsync(_user, list =>
        {
            if (!interrupted)
            {
                interrupted = true;
                writer.SaveSuggestionHighlightsAsync(_user, other => [.. other, Highlight("jane")], CancellationToken.None).GetAwaiter().GetResult();
            }

            return [.. list, Highlight("max")];
        }, CancellationToken.None);

        var summary = await SummaryAsync();
        Assert.Equal(["jane", "max"], summary!.SuggestionHighlights.Select(h => h.PersonId));
    }

    [Fact]
    public async Task HighlightsSavedAsTheEraseBeginsAreNotWrittenIntoItsTombstone()
    {
        var writer = new LedgerWriter(_table);
        await AddSummaryAsync();
        var client = await _table.GetClientAsync(CancellationToken.None);

        await writer.SaveSuggestionHighlightsAsync(_user, list =>
        {
            client.UpsertEntity(EraseTombstone.For(_user, DateTimeOffset.UtcNow), TableUpdateMode.Replace);
            return [.. list, Highlight("jane")];
        }, CancellationToken.None);

        var row = await client.GetEntityAsync<TableEntity>(_user.PartitionKey, RowKeys.Summary);
        Assert.True(EraseTombstone.Marks(row.Value));
        Assert.False(row.Value.ContainsKey(nameof(SummaryEntity.SuggestionsJson)), "The highlights were merged into the erase's tombstone.");
    }

    [Fact]
    public async Task HighlightsSavedAsTheEraseEndsDoNotRecreateTheSummary()
    {
        var writer = new LedgerWriter(_table);
        await AddSummaryAsync();
        var client = await _table.GetClientAsync(CancellationToken.None);

        await writer.SaveSuggestionHighlightsAsync(_user, list =>
        {
            client.DeleteEntity(_user.PartitionKey, RowKeys.Summary, ETag.All);
            return [.. list, Highlight("jane")];
        }, CancellationToken.None);

        Assert.Null(await SummaryAsync());
    }

    [Fact]
    public async Task HighlightsOfAUserWithoutASummaryCreateNone()
    {
        var writer = new LedgerWriter(_table);

        await writer.SaveSuggestionHighlightsAsync(_user, list => [.. list, Highlight("jane")], CancellationToken.None);

        Assert.Null(await SummaryAsync());
    }

    [Fact]
    public async Task SavingHighlightsKeepsTheRestOfTheSummary()
    {
        var writer = new LedgerWriter(_table);
        await AddSummaryAsync();

        await writer.SaveSuggestionHighlightsAsync(_user, list => [.. list, Highlight("jane")], CancellationToken.None);

        var summary = await SummaryAsync();
        Assert.Equal(7, summary!.QueueGeneration);
        Assert.Equal("jane@example.com", summary.SuggestionHighlights.Single().Suggestions.Single().Address);
    }

    private static PersonSuggestion Highlight(string personId)
        => new(personId, personId, "Doe", [new AddressSuggestion($"{personId}@example.com", $"{personId} Doe", 3)]);

    private async Task AddSummaryAsync()
    {
        var client = await _table.GetClientAsync(CancellationToken.None);
        await client.AddEntityAsync(new SummaryEntity { PartitionKey = _user.PartitionKey, QueueGeneration = 7 });
    }

    private async Task<SummaryEntity?> SummaryAsync()
    {
        var client = await _table.GetClientAsync(CancellationToken.None);
        var row = await client.GetEntityIfExistsAsync<SummaryEntity>(_user.PartitionKey, RowKeys.Summary);
        return row.HasValue ? row.Value : null;
    }
}
