using Azure.Core;
using Azure.Data.Tables;
using Outreach.Auth;
using Outreach.Mail.Mailbox;
using Outreach.TestFixtures;

namespace Outreach.IntegrationTests.Mailbox;

/// <summary>The lease that keeps one worker at a time on a mailbox, on real Azurite, with time stepped by the test.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class WorkLeaseTests(AzuriteFixture storage)
{
    private static readonly TimeSpan Length = TimeSpan.FromMinutes(2);
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private readonly UserId _user = new(Guid.NewGuid(), Guid.NewGuid());

    [Fact]
    public async Task WorkRunningLongerThanTheLeaseKeepsItAgainstASecondWorker()
    {
        var table = await TableAsync();
        var time = new SteppedTime(Start);
        var finish = new TaskCompletionSource();
        var first = WorkLease.TryRunAsync(table, _user, "sync", Length, time, token => finish.Task.WaitAsync(token), CancellationToken.None);

        // Three lengths pass in thirds; each renewal's next delay exists before time moves on.
        for (var third = 1; third <= 9; third++)
        {
            await time.WaitForTimersAsync(third);
            time.Advance(Length / 3);
        }

        await time.WaitForTimersAsync(10);
        Assert.Equal(time.GetUtcNow() + Length, await UntilAsync(table));

        var secondRan = false;
        Assert.False(await WorkLease.TryRunAsync(table, _user, "sync", Length, time, _ => Task.FromResult(secondRan = true), CancellationToken.None));
        Assert.False(secondRan);

        finish.SetResult();
        Assert.True(await first);
        Assert.Null(await UntilAsync(table));
    }

    [Fact]
    public async Task WorkerWhoseLeaseWasTakenStopsAndTheNewHolderKeepsTheLeaseToTheEndOfItsWork()
    {
        var table = await TableAsync();
        var time = new SteppedTime(Start);
        var stopped = new TaskCompletionSource();
        var first = WorkLease.TryRunAsync(
            table, _user, "sync", Length, time,
            async token =>
            {
                await using var registration = token.Register(() => stopped.TrySetResult());
                await Task.Delay(Timeout.Infinite, token);
            },
            CancellationToken.None);
        await time.WaitForTimersAsync(1);

        // A worker whose clock is past the lease (as if the first had stalled through it) takes it over.
        var (second, finishSecond, secondTime) = await TakeOverAsync(table);

        // The first one's next renewal misses its ETag: its work is stopped, and its release leaves the lease alone.
        time.Advance(Length / 3);
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(await first);
        Assert.Equal(secondTime.GetUtcNow() + Length, await UntilAsync(table));

        // The new holder's work runs on through two lengths, its lease renewed every third, its token never cancelled.
        for (var third = 1; third <= 6; third++)
        {
            await secondTime.WaitForTimersAsync(third);
            secondTime.Advance(Length / 3);
        }

        await secondTime.WaitForTimersAsync(7);
        Assert.Equal(secondTime.GetUtcNow() + Length, await UntilAsync(table));
        Assert.False(second.IsCompleted);

        finishSecond.SetResult();
        Assert.True(await second);
        Assert.Null(await UntilAsync(table));
    }

    [Fact]
    public async Task WorkEndingAfterItsLeaseWasTakenDoesNotDeleteTheNewHoldersLease()
    {
        var table = await TableAsync();
        var time = new SteppedTime(Start);
        var finish = new TaskCompletionSource();
        var first = WorkLease.TryRunAsync(table, _user, "sync", Length, time, token => finish.Task.WaitAsync(token), CancellationToken.None);
        await time.WaitForTimersAsync(1);
        var (second, finishSecond, secondTime) = await TakeOverAsync(table);

        // Ends before its renewal could notice: its release must miss, not delete the other's lease.
        finish.SetResult();
        Assert.True(await first);
        Assert.Equal(secondTime.GetUtcNow() + Length, await UntilAsync(table));

        finishSecond.SetResult();
        Assert.True(await second);
    }

    [Fact]
    public async Task ALapsedLeaseReleasedWhileASecondWorkerTakesItOverGoesToTheSecondWorker()
    {
        var table = await TableAsync();
        var time = new SteppedTime(Start);
        var finishFirst = new TaskCompletionSource();
        var first = WorkLease.TryRunAsync(table, _user, "sync", Length, time, token => finishFirst.Task.WaitAsync(token), CancellationToken.None);
        await time.WaitForTimersAsync(1);

        // The second worker has just read the lapsed lease when the first, late, finishes and releases it.
        var secondTime = new SteppedTime(Start + Length + TimeSpan.FromSeconds(1));
        var options = new TableClientOptions();
        options.AddPolicy(
            new AfterFirstRead(() =>
            {
                finishFirst.SetResult();
                Assert.True(first.WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult());
            }),
            HttpPipelinePosition.PerCall);
        var secondClient = new TableServiceClient(storage.ConnectionString, options).GetTableClient(table.Name);
        var secondRan = false;
        Assert.True(await WorkLease.TryRunAsync(secondClient, _user, "sync", Length, secondTime, _ => Task.FromResult(secondRan = true), CancellationToken.None));
        Assert.True(secondRan);
        Assert.Null(await UntilAsync(table));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    public async Task ALeaseWriteThatLandedButWhoseAnswerWasLostKeepsTheLeaseAndTheWork(string lostWrite)
    {
        // POST takes the lease, PUT renews it; the client retries either into a conflict with its own first try.
        var table = await TableAsync();
        var options = new TableClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(50);
        options.AddPolicy(new AnswerLostOnce(message => message.Request.Method.Method == lostWrite), HttpPipelinePosition.PerRetry);
        var client = new TableServiceClient(storage.ConnectionString, options).GetTableClient(table.Name);
        var time = new SteppedTime(Start);
        var finish = new TaskCompletionSource();
        var run = WorkLease.TryRunAsync(client, _user, "sync", Length, time, token => finish.Task.WaitAsync(token), CancellationToken.None);

        await time.WaitForTimersAsync(1);
        time.Advance(Length / 3);
        await time.WaitForTimersAsync(2);
        Assert.Equal(time.GetUtcNow() + Length, await UntilAsync(table));
        Assert.False(run.IsCompleted);

        finish.SetResult();
        Assert.True(await run);
        Assert.Null(await UntilAsync(table));
    }

    private async Task<(Task<bool> Run, TaskCompletionSource Finish, SteppedTime Time)> TakeOverAsync(TableClient table)
    {
        var time = new SteppedTime(Start + Length + TimeSpan.FromSeconds(1));
        var finish = new TaskCompletionSource();
        var started = new TaskCompletionSource();
        var run = WorkLease.TryRunAsync(
            table, _user, "sync", Length, time,
            token =>
            {
                started.TrySetResult();
                return finish.Task.WaitAsync(token);
            },
            CancellationToken.None);
        await Task.WhenAny(started.Task, run).Unwrap().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(started.Task.IsCompleted, "The second worker did not get the lapsed lease.");
        return (run, finish, time);
    }

    private async Task<TableClient> TableAsync()
    {
        var table = storage.Tables().GetTableClient(AzuriteFixture.UniqueName("lease"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    private async Task<DateTimeOffset?> UntilAsync(TableClient table)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(_user.PartitionKey, "lease|sync");
        return row.HasValue ? row.Value!.GetDateTimeOffset("Until") : null;
    }
}
