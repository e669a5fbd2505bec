namespace Outreach.IntegrationTests.Fixtures;

/// <summary>Tests that need storage only: <c>[Collection(AzuriteCollection.Name)]</c>, take an <see cref="AzuriteFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
