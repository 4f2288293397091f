namespace WhaiNot.Native.Tests.Engines;

/// <summary>Test audio made in code: 16 kHz mono float samples.</summary>
internal static class Signals
{
    public static float[] Tone(double seconds, double frequency = 440, float amplitude = 0.3f)
    {
        var samples = new float[(int)(seconds * 16000)];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = amplitude * (float)Math.Sin(2 * Math.PI * frequency * i / 16000);
        }

        return samples;
    }
}
