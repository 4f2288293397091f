namespace WhaiNot.Speech.Speakers;

/// <summary>
/// Which microphone of a two-channel capture was loudest, per 100 ms of audio, as the capture
/// module sends it beside the (mono) PCM: 0 neither clearly, 1 the first channel (the worker's
/// headset), 2 the second channel (the table microphone, the client).
/// </summary>
public static class ChannelDominance
{
    public const int SamplesPerFrame = 1600;
    public const byte Neither = 0;
    public const byte WorkerChannel = 1;
    public const byte ClientChannel = 2;

    /// <summary>The first channel wins a frame when it is this many dB louder than the second (and the other way round).</summary>
    public const double MarginDb = 6;

    /// <summary>Within an utterance, the share of decided frames one channel must have to decide the speaker.</summary>
    public const double DecidingShare = 0.6;

    /// <summary>Per 100 ms frame of interleaved stereo 16 kHz float audio, which channel dominated.</summary>
    public static byte[] Of(ReadOnlySpan<float> stereo)
    {
        var frames = stereo.Length / 2 / SamplesPerFrame;
        var result = new byte[frames];
        for (var f = 0; f < frames; f++)
        {
            double first = 0, second = 0;
            for (var i = 0; i < SamplesPerFrame; i++)
            {
                var at = 2 * ((f * SamplesPerFrame) + i);
                first += stereo[at] * (double)stereo[at];
                second += stereo[at + 1] * (double)stereo[at + 1];
            }

            result[f] = Decide(first, second);
        }

        return result;
    }

    /// <summary>The frame's winner from the two channels' energies.</summary>
    public static byte Decide(double firstEnergy, double secondEnergy)
    {
        var floor = 1e-7 * SamplesPerFrame;
        if (firstEnergy < floor && secondEnergy < floor)
        {
            return Neither;
        }

        var ratioDb = 10 * Math.Log10((firstEnergy + 1e-12) / (secondEnergy + 1e-12));
        return ratioDb >= MarginDb ? WorkerChannel : ratioDb <= -MarginDb ? ClientChannel : Neither;
    }

    /// <summary>The deciding channel over frames, with its share, or <see cref="Neither"/> when no channel clearly led.</summary>
    public static (byte Channel, double Share) Decide(ReadOnlySpan<byte> frames)
    {
        int worker = 0, client = 0;
        foreach (var frame in frames)
        {
            worker += frame == WorkerChannel ? 1 : 0;
            client += frame == ClientChannel ? 1 : 0;
        }

        var decided = worker + client;
        if (decided == 0 || decided < frames.Length * 0.3)
        {
            return (Neither, 0);
        }

        var share = Math.Max(worker, client) / (double)decided;
        return share < DecidingShare ? (Neither, share) : (worker > client ? WorkerChannel : ClientChannel, share);
    }
}
