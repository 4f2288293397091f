namespace WhaiNot.Appliance.Hubs;

/// <summary>One piece of audio from the client (contract): PCM 16-bit little-endian, 16 kHz, mono, at most one second.</summary>
/// <param name="Channel">Optional, from a two-channel capture: which microphone was loudest in this chunk (1 the worker's headset, 2 the table microphone, 0 or absent neither clearly).</param>
public sealed record AudioChunk(long Seq, byte[] Pcm, int Channel = 0)
{
    /// <summary>One second of 16 kHz mono PCM16.</summary>
    public const int MaxBytes = 32000;
}
