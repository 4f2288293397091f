using WhaiNot.Cli.Streaming;

namespace WhaiNot.Cli.Bench;

/// <summary>The audio of one bench stream: the recording repeated (a second of silence between) or cut, to exactly the asked length.</summary>
internal static class BenchAudio
{
    public static byte[] Fit(byte[] pcm, double seconds)
    {
        ArgumentNullException.ThrowIfNull(pcm);
        var length = (int)Math.Round(seconds * Pcm16Chunks.SampleRate) * 2;
        var result = new byte[length];
        var gap = Pcm16Chunks.BytesPerSecond;
        for (var offset = 0; offset < length; offset += pcm.Length + gap)
        {
            pcm.AsSpan(0, Math.Min(pcm.Length, length - offset)).CopyTo(result.AsSpan(offset));
        }

        return result;
    }
}
