namespace Outreach.IntegrationTests.Fixtures;

/// <summary>HTTP integration tests: <c>[Collection(LocalHostCollection.Name)]</c>, take a <see cref="LocalHostFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class LocalHostCollection : ICollectionFixture<LocalHostFixture>
{
    public const string Name = "LocalHost";
}
