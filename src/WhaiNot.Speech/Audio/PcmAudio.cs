using System.Globalization;

namespace WhaiNot.Speech.Audio;

/// <summary>
/// Decoded audio: interleaved float samples (frame by frame, channel by channel), nominally in [-1, 1].
/// </summary>
/// <remarks>
/// Float sources may hold values beyond ±1 (over full scale); <see cref="AudioConverter.ToMono16k"/> clamps.
/// Record equality compares <see cref="Samples"/> by reference, not by content.
/// </remarks>
/// <param name="Samples">Interleaved samples; the length is a whole number of frames.</param>
/// <param name="SampleRate">Frames per second, above zero.</param>
/// <param name="Channels">Samples per frame, at least one.</param>
public sealed record PcmAudio(float[] Samples, int SampleRate, int Channels)
{
    /// <summary>Interleaved samples; the length is a whole number of frames.</summary>
    public float[] Samples { get; } = Samples ?? throw new ArgumentNullException(nameof(Samples));

    /// <summary>Frames per second.</summary>
    public int SampleRate { get; } = SampleRate > 0
        ? SampleRate
        : throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture, $"Samplefrequentie {SampleRate} Hz is ongeldig."));

    /// <summary>Samples per frame.</summary>
    public int Channels { get; } = Channels > 0 && (Samples is null || Samples.Length % Channels == 0)
        ? Channels
        : throw new AudioFormatException(Channels > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Samples!.Length} samples is geen geheel aantal frames van {Channels} kanalen.")
            : string.Create(CultureInfo.InvariantCulture, $"Aantal kanalen {Channels} is ongeldig."));

    /// <summary>Number of frames (samples per channel).</summary>
    public int FrameCount => Samples.Length / Channels;

    /// <summary>How long the audio plays.</summary>
    public TimeSpan Duration => TimeSpan.FromTicks(FrameCount * TimeSpan.TicksPerSecond / SampleRate);
}
