using WhaiNot.Application.Transcription;

namespace WhaiNot.Appliance.Tests;

/// <summary>The engine slots: first come, first served, so live conversations take turns.</summary>
public sealed class FairGateTests
{
    [Fact]
    public async Task Waiters_ShouldGetTheSlotInTheOrderTheyAsked()
    {
        var gate = new FairGate(1);
        var held = await gate.EnterAsync(CancellationToken.None);
        var order = new List<int>();
        var waiters = new List<Task>();
        for (var i = 0; i < 5; i++)
        {
            var number = i;
            waiters.Add(Task.Run(async () =>
            {
                using (await gate.EnterAsync(CancellationToken.None))
                {
                    lock (order)
                    {
                        order.Add(number);
                    }
                }
            }));

            // Each waiter asks only after the one before it is queued, so the asking order is certain (a delay was not, on a loaded machine).
            await WaitForAsync(() => gate.Waiting == number + 1);
        }

        held.Dispose();
        await Task.WhenAll(waiters);

        Assert.Equal([0, 1, 2, 3, 4], order);
    }

    [Fact]
    public async Task ACancelledWaiter_ShouldNotTakeASlotFromTheNextOne()
    {
        var gate = new FairGate(1);
        var held = await gate.EnterAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = gate.EnterAsync(cancel.Token);
        var next = gate.EnterAsync(CancellationToken.None);

        await cancel.CancelAsync();
        held.Dispose();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        using var slot = await next.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(slot);
    }

    [Fact]
    public async Task Slots_ShouldNeverBeHandedOutMoreThanConfigured()
    {
        var gate = new FairGate(2);
        var inside = 0;
        var most = 0;
        await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using (await gate.EnterAsync(CancellationToken.None))
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref most, now);
                await Task.Delay(5);
                Interlocked.Decrement(ref inside);
            }
        }));

        Assert.Equal(2, most);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
