using WhaiNot.Cli.Streaming;

namespace WhaiNot.Cli.Bench;

/// <summary>How many chunks the box lost or holds twice, by walking the stored audio along what was sent.</summary>
internal sealed record ChunkAccounting(int Sent, int Acknowledged, int Lost, int Duplicated)
{
    /// <summary>
    /// Compares the audio the box returns with the chunks in <paramref name="ledger"/>. A sent chunk not
    /// found in place (or never acknowledged) is lost; a stored piece that repeats the previous chunk,
    /// or is left over at the end, is a duplicate.
    /// </summary>
    public static ChunkAccounting Compare(ChunkLedger ledger, ReadOnlySpan<byte> stored)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var acknowledged = (int)(ledger.Acked + 1);
        var (lost, duplicated, offset) = (0, 0, 0);
        for (var seq = 0; seq < ledger.Count; seq++)
        {
            var chunk = ledger.Chunk(seq);
            while (seq > 0 && Matches(stored, offset, ledger.Chunk(seq - 1)) && !Matches(stored, offset, chunk))
            {
                duplicated++;
                offset += ledger.Chunk(seq - 1).Length;
            }

            if (Matches(stored, offset, chunk))
            {
                offset += chunk.Length;
            }
            else
            {
                lost++;
            }
        }

        if (offset < stored.Length)
        {
            duplicated += (int)Math.Ceiling((stored.Length - offset) / (double)Pcm16Chunks.ChunkBytes);
        }

        return new ChunkAccounting(ledger.Count, acknowledged, Math.Max(lost, ledger.Count - acknowledged), duplicated);
    }

    private static bool Matches(ReadOnlySpan<byte> stored, int offset, byte[] chunk) =>
        offset + chunk.Length <= stored.Length && stored.Slice(offset, chunk.Length).SequenceEqual(chunk);
}
