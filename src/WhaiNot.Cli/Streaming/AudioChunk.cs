namespace WhaiNot.Cli.Streaming;

/// <summary>One piece of audio on the conversation hub (contract): PCM 16-bit little-endian, 16 kHz, mono; seq from 0, step 1.</summary>
internal sealed record AudioChunk(long Seq, byte[] Pcm);
