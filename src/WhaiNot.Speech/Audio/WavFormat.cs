namespace WhaiNot.Speech.Audio;

/// <summary>The parts of a WAV <c>fmt </c> chunk the decoder needs, already checked.</summary>
/// <param name="Encoding">How each sample is stored.</param>
/// <param name="Channels">Samples per frame (1..<see cref="WavReader.MaxChannels"/>).</param>
/// <param name="SampleRate">Frames per second (<see cref="WavReader.MinSampleRate"/>..<see cref="WavReader.MaxSampleRate"/>).</param>
/// <param name="BlockAlign">Bytes per frame.</param>
internal sealed record WavFormat(WavSampleEncoding Encoding, int Channels, int SampleRate, int BlockAlign)
{
    /// <summary>Bytes per sample of one channel.</summary>
    public int BytesPerSample => BlockAlign / Channels;
}
