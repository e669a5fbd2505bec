using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Outreach.Local.Hosting;
using Outreach.Mail.Graph;
using Outreach.Storage;

namespace Outreach.IntegrationTests.Identity;

/// <summary>The persisted token cache: encrypted at rest, and a cache that cannot be read is a reconnect, not a crash.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class GraphTokenCacheTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task TheCacheRowHoldsNoReadableTokens()
    {
        var user = GraphTestUser.Create(fixture);
        await using var app = GraphProcess.Start(fixture);
        await app.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None);
        var accessToken = await app.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None);

        var row = await GraphCacheRows.FindAsync(fixture, user.Id);

        Assert.NotNull(row);
        Assert.Equal(app.Cipher.CurrentKeyId, row.GetString("KeyId"));
        var stored = string.Join("\n", row.Select(p => p.Value).Select(v => v is byte[] bytes ? Encoding.UTF8.GetString(bytes) + Convert.ToBase64String(bytes) : v?.ToString()));
        foreach (var secret in new[] { accessToken, accessToken.Split('.')[1], "AccessToken", "RefreshToken", "secret", "Mail.ReadBasic", user.Id.ObjectId.ToString(), user.Name })
        {
            Assert.DoesNotContain(secret, stored, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task ADamagedCacheRequiresAReconnectAndIsNotRetried()
    {
        var user = GraphTestUser.Create(fixture);
        await using var app = GraphProcess.Start(fixture);
        await app.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None);
        var row = (await GraphCacheRows.FindAsync(fixture, user.Id))!;
        var data = row.GetBinary("Data0")!;
        data[data.Length / 2] ^= 0x01;
        row["Data0"] = data;
        await GraphCacheRows.ReplaceAsync(fixture, row);

        // The same answer each time, straight away, and nothing is asked of the issuer.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var exception = await Assert.ThrowsAsync<GraphReconnectRequiredException>(() => app.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None));
            Assert.Equal(GraphReconnectReason.CacheUnreadable, exception.Reason);
        }

        Assert.Single(user.Grants(fixture));

        // Connecting again replaces the damaged row.
        await app.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None);
        await using var other = GraphProcess.Start(fixture);
        Assert.NotEmpty(await other.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None));
    }

    [Fact]
    public async Task ACacheMovedToAnotherUsersPartitionDoesNotDecrypt()
    {
        var victim = GraphTestUser.Create(fixture);
        var thief = GraphTestUser.Create(fixture);
        await using var app = GraphProcess.Start(fixture);
        await app.Sessions.ConnectAsync(victim.Id, victim.ApiToken, CancellationToken.None);

        var row = (await GraphCacheRows.FindAsync(fixture, victim.Id))!;
        var copy = new TableEntity(thief.Id.PartitionKey, row.RowKey);
        foreach (var name in new[] { "Format", "KeyId", "Nonce", "Chunks", "Data0" })
        {
            copy[name] = row[name];
        }

        await fixture.Storage.Tables().GetTableClient(OutreachTable.TableName).AddEntityAsync(copy);

        var exception = await Assert.ThrowsAsync<GraphReconnectRequiredException>(() => app.Sessions.AcquireTokenAsync(thief.Id, CancellationToken.None));
        Assert.Equal(GraphReconnectReason.CacheUnreadable, exception.Reason);
    }

    [Fact]
    public async Task ARotatedKeyRequiresAReconnect()
    {
        var user = GraphTestUser.Create(fixture);
        await using (var before = GraphProcess.Start(fixture))
        {
            await before.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None);
        }

        await using var after = GraphProcess.Start(fixture, new Dictionary<string, string?> { [LocalHostSettings.GraphTokenCacheKey] = NewKey() });

        var exception = await Assert.ThrowsAsync<GraphReconnectRequiredException>(() => after.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None));
        Assert.Equal(GraphReconnectReason.CacheUnreadable, exception.Reason);
        Assert.Contains("not configured", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APreviousKeyStillReadsAndTheNextWriteUsesTheNewKey()
    {
        var user = GraphTestUser.Create(fixture);
        var oldKey = fixture.Host.Configuration[LocalHostSettings.GraphTokenCacheKey];
        var newKey = NewKey();
        fixture.Host.GraphTokens.SetAccessTokenLifetime(user.Id.TenantId, user.Id.ObjectId, TimeSpan.FromSeconds(1));
        await using (var before = GraphProcess.Start(fixture))
        {
            await before.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None);
        }

        await using (var rotated = GraphProcess.Start(fixture, new Dictionary<string, string?>
        {
            [LocalHostSettings.GraphTokenCacheKey] = newKey,
            ["Graph:PreviousTokenCacheKeys:0"] = oldKey,
        }))
        {
            // Read with the old key, refreshed (the access token is short-lived), written with the new one.
            await rotated.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None);
            Assert.Equal(rotated.Cipher.CurrentKeyId, (await GraphCacheRows.FindAsync(fixture, user.Id))!.GetString("KeyId"));
        }

        await using var newOnly = GraphProcess.Start(fixture, new Dictionary<string, string?> { [LocalHostSettings.GraphTokenCacheKey] = newKey });
        Assert.NotEmpty(await newOnly.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None));
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenCacheCipher.KeySize));
}
