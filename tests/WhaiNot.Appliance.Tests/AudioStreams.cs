using WhaiNot.Appliance.Hubs;

namespace WhaiNot.Appliance.Tests;

/// <summary>Client-to-server audio streams as the hub tests send them, and a bounded wait for what arrives in the background.</summary>
public static class AudioStreams
{
    /// <summary>The chunks with seq 0, 1, 2, … as fast as the connection takes them.</summary>
    public static async IAsyncEnumerable<AudioChunk> From(IReadOnlyList<byte[]> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        for (var seq = 0; seq < chunks.Count; seq++)
        {
            await Task.Yield();
            yield return new AudioChunk(seq, chunks[seq]);
        }
    }

    /// <summary>The same at a given pace (250 ms chunks every 250 ms: real time).</summary>
    public static async IAsyncEnumerable<AudioChunk> Paced(IReadOnlyList<byte[]> chunks, TimeSpan every)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        for (var seq = 0; seq < chunks.Count; seq++)
        {
            await Task.Delay(every);
            yield return new AudioChunk(seq, chunks[seq]);
        }
    }

    /// <summary>Waits up to five seconds for <paramref name="condition"/>, then asserts it.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }
}
