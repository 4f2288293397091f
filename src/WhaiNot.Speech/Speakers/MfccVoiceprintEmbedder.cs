namespace WhaiNot.Speech.Speakers;

/// <summary>
/// The project's own speaker features: over the voiced frames of an utterance (within 30 dB of its
/// loudest frame), the mean and the standard deviation of MFCC 1..19. The mean holds the vocal
/// tract's average shape (formants, timbre); the spread how the voice moves. No model weights.
/// Two utterances are compared by how far their means lie apart in units of their own frame-to-frame
/// spread, plus how different those spreads are (log ratio): a distance that needs no statistics of
/// other utterances, so it works from the second utterance of a conversation on.
/// </summary>
public sealed class MfccVoiceprintEmbedder : ISpeakerEmbedder
{
    /// <summary>Below this many voiced frames (0.3 s) an utterance says too little about its voice.</summary>
    public const int MinimumVoicedFrames = 30;

    private const double DynamicRangeDb = 30;
    private const double SilenceDb = -55;

    private readonly MfccExtractor _mfcc = new();

    public string Name => "mfcc-stats";

    public float[]? Embed(ReadOnlySpan<float> samples)
    {
        var frames = _mfcc.Frames(samples);
        if (frames.Count == 0)
        {
            return null;
        }

        var loudest = frames.Max(f => f.EnergyDb);
        var floor = Math.Max(SilenceDb, loudest - DynamicRangeDb);
        var voiced = frames.Where(f => f.EnergyDb >= floor).ToList();
        if (voiced.Count < MinimumVoicedFrames)
        {
            return null;
        }

        var n = _mfcc.Coefficients;
        var mean = new double[n];
        var square = new double[n];
        foreach (var frame in voiced)
        {
            for (var c = 0; c < n; c++)
            {
                mean[c] += frame.Coefficients[c];
                square[c] += frame.Coefficients[c] * (double)frame.Coefficients[c];
            }
        }

        var vector = new float[2 * n];
        for (var c = 0; c < n; c++)
        {
            var m = mean[c] / voiced.Count;
            vector[c] = (float)m;
            vector[n + c] = (float)Math.Sqrt(Math.Max(0, (square[c] / voiced.Count) - (m * m)));
        }

        return vector;
    }

    public double Distance(float[] a, float[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var n = a.Length / 2;
        double means = 0, spreads = 0;
        for (var c = 0; c < n; c++)
        {
            var sa = Math.Max(a[n + c], 1e-3);
            var sb = Math.Max(b[n + c], 1e-3);
            var difference = a[c] - b[c];
            means += difference * difference / (((sa * sa) + (sb * sb)) / 2);
            var ratio = Math.Log(sa / sb);
            spreads += ratio * ratio;
        }

        return Math.Sqrt((means + spreads) / n);
    }
}
