using System.Buffers.Binary;

namespace WhaiNot.TestSupport.Fuzzing;

/// <summary>
/// Seeded byte-level mutations of a valid input: bit flips, interesting bytes, truncation, splices
/// with another corpus entry, huge or negative length fields, repeated and removed blocks.
/// The same seed gives the same mutant, so a failure is reproduced from its seed alone.
/// </summary>
public static class ByteMutator
{
    private static readonly byte[] InterestingBytes = [0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF];
    private static readonly uint[] InterestingWords = [0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xFFFFFFFE, 0x40000000, 65536];

    /// <summary>One to four mutations of <paramref name="input"/>, chosen by <paramref name="random"/>; never changes the input.</summary>
    public static byte[] Mutate(byte[] input, IReadOnlyList<byte[]> corpus, Random random)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(random);
        var bytes = (byte[])input.Clone();
        var rounds = 1 + random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            bytes = MutateOnce(bytes, corpus, random);
        }

        return bytes;
    }

    private static byte[] MutateOnce(byte[] bytes, IReadOnlyList<byte[]> corpus, Random random)
    {
        if (bytes.Length == 0)
        {
            return [(byte)random.Next(256)];
        }

        // Most interesting structure sits in the first bytes (headers): aim there more often.
        var at = random.Next(2) == 0 ? random.Next(Math.Min(bytes.Length, 128)) : random.Next(bytes.Length);
        switch (random.Next(8))
        {
            case 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                return bytes;
            case 1:
                bytes[at] = InterestingBytes[random.Next(InterestingBytes.Length)];
                return bytes;
            case 2:
                return bytes[..random.Next(bytes.Length)];
            case 3:
                var other = corpus[random.Next(corpus.Count)];
                var cut = random.Next(other.Length + 1);
                return [.. bytes.AsSpan(0, at), .. other.AsSpan(cut)];
            case 4:
                if (at + 4 <= bytes.Length)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), InterestingWords[random.Next(InterestingWords.Length)]);
                }

                return bytes;
            case 5:
                if (at + 8 <= bytes.Length)
                {
                    BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(at), random.Next(2) == 0 ? long.MaxValue : -1L - random.Next(1000));
                }

                return bytes;
            case 6:
                var length = Math.Min(bytes.Length - at, 1 + random.Next(64));
                return [.. bytes.AsSpan(0, at + length), .. bytes.AsSpan(at, length), .. bytes.AsSpan(at + length)];
            default:
                var removed = Math.Min(bytes.Length - at, 1 + random.Next(64));
                return [.. bytes.AsSpan(0, at), .. bytes.AsSpan(at + removed)];
        }
    }
}
