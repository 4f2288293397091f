namespace WhaiNot.Speech.Tests.Audio;

/// <summary>Test signals and the measurements the resampling tests make on them.</summary>
internal static class Signal
{
    /// <summary>A sine of <paramref name="frequency"/> Hz, <paramref name="seconds"/> long.</summary>
    public static float[] Sine(double frequency, int sampleRate, double seconds, double amplitude = 0.5)
    {
        var samples = new float[(int)Math.Round(seconds * sampleRate)];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (float)(amplitude * Math.Sin(2 * Math.PI * frequency * i / sampleRate));
        }

        return samples;
    }

    /// <summary>Interleaves equally long channels.</summary>
    public static float[] Interleave(params float[][] channels)
    {
        var frames = channels[0].Length;
        var samples = new float[frames * channels.Length];
        for (var i = 0; i < frames; i++)
        {
            for (var c = 0; c < channels.Length; c++)
            {
                samples[(i * channels.Length) + c] = channels[c][i];
            }
        }

        return samples;
    }

    /// <summary>
    /// Amplitude of the <paramref name="frequency"/> component (Goertzel). Exact for a whole number of
    /// periods in <paramref name="samples"/>.
    /// </summary>
    public static double Amplitude(ReadOnlySpan<float> samples, double frequency, int sampleRate)
    {
        var omega = 2 * Math.PI * frequency / sampleRate;
        var coefficient = 2 * Math.Cos(omega);
        double previous = 0, beforePrevious = 0;
        foreach (var sample in samples)
        {
            var current = sample + (coefficient * previous) - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }

        var power = (previous * previous) + (beforePrevious * beforePrevious) - (coefficient * previous * beforePrevious);
        return 2 * Math.Sqrt(Math.Max(power, 0)) / samples.Length;
    }

    /// <summary>Root mean square.</summary>
    public static double Rms(ReadOnlySpan<float> samples)
    {
        var sum = 0.0;
        foreach (var sample in samples)
        {
            sum += (double)sample * sample;
        }

        return Math.Sqrt(sum / samples.Length);
    }

    /// <summary>Sign changes from negative to non-negative and back.</summary>
    public static int ZeroCrossings(ReadOnlySpan<float> samples)
    {
        var crossings = 0;
        for (var i = 1; i < samples.Length; i++)
        {
            if ((samples[i - 1] < 0) != (samples[i] < 0))
            {
                crossings++;
            }
        }

        return crossings;
    }

    /// <summary>Writes a 16-bit or float WAV into memory with <see cref="WhaiNot.Speech.Audio.WavWriter"/>.</summary>
    public static byte[] ToWav(float[] samples, int sampleRate, int channels, bool asFloat = false)
    {
        using var stream = new MemoryStream();
        if (asFloat)
        {
            WhaiNot.Speech.Audio.WavWriter.WriteFloat32(stream, samples, sampleRate, channels);
        }
        else
        {
            WhaiNot.Speech.Audio.WavWriter.WritePcm16(stream, samples, sampleRate, channels);
        }

        return stream.ToArray();
    }
}
