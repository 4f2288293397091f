namespace WhaiNot.Speech.Audio;

/// <summary>How one sample is stored in a WAV data chunk (always little-endian).</summary>
internal enum WavSampleEncoding
{
    /// <summary>Signed 16-bit integer.</summary>
    Pcm16,

    /// <summary>Signed 24-bit integer, three bytes.</summary>
    Pcm24,

    /// <summary>Signed 32-bit integer.</summary>
    Pcm32,

    /// <summary>IEEE 754 single precision.</summary>
    Float32,

    /// <summary>IEEE 754 double precision.</summary>
    Float64,
}
