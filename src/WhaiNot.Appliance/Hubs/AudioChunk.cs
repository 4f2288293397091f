namespace WhaiNot.Appliance.Hubs;

/// <summary>One piece of audio from the client (contract): PCM 16-bit little-endian, 16 kHz, mono, at most one second.</summary>
public sealed record AudioChunk(long Seq, byte[] Pcm)
{
    /// <summary>One second of 16 kHz mono PCM16.</summary>
    public const int MaxBytes = 32000;
}
