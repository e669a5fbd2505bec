namespace Outreach.IntegrationTests.Api;

public static class ApiFixtureExtensions
{
    extension(LocalHostFixture fixture)
    {
        public Uri BaseAddress => fixture.Host.BaseAddress;

        /// <summary>A fresh user with a valid token: tests never see each other's data.</summary>
        public ApiClient NewUser()
            => new(fixture.Host.BaseAddress, fixture.Tokens.CreateToken("user-" + Guid.NewGuid().ToString("N")));

        public ApiClient User(string name) => new(fixture.Host.BaseAddress, fixture.Tokens.CreateToken(name));
    }
}
