namespace WhaiNot.Native.ModelFiles;

/// <summary>
/// Block size and bytes per block of each ggml type, as ggml_blck_size/ggml_type_size report them in
/// the shipped libggml-base (v0.5.0) and whisper's index.node; a file's byte sizes follow from these.
/// </summary>
public static class GgmlTypeTraits
{
    /// <summary>Gets (elements per block, bytes per block) for a type id; false for ids ggml doesn't know.</summary>
    public static bool TryGet(int typeId, out int blockSize, out int typeSize)
    {
        (blockSize, typeSize) = typeId switch
        {
            0 => (1, 4),
            1 => (1, 2),
            2 => (32, 18),
            3 => (32, 20),
            6 => (32, 22),
            7 => (32, 24),
            8 => (32, 34),
            9 => (32, 36),
            10 => (256, 84),
            11 => (256, 110),
            12 => (256, 144),
            13 => (256, 176),
            14 => (256, 210),
            15 => (256, 292),
            16 => (256, 66),
            17 => (256, 74),
            18 => (256, 98),
            19 => (256, 50),
            20 => (32, 18),
            21 => (256, 110),
            22 => (256, 82),
            23 => (256, 136),
            24 => (1, 1),
            25 => (1, 2),
            26 => (1, 4),
            27 => (1, 8),
            28 => (1, 8),
            29 => (256, 56),
            30 => (1, 2),
            34 => (256, 54),
            35 => (256, 66),
            39 => (32, 17),
            40 => (64, 36),
            41 => (128, 18),
            42 => (64, 18),
            _ => (0, 0),
        };
        return blockSize > 0;
    }

    /// <summary>Bytes of a tensor with <paramref name="elements"/> elements of a known type (ggml_nbytes for contiguous rows).</summary>
    public static long ByteSize(GgmlType type, long elements)
    {
        if (!TryGet((int)type, out var blockSize, out var typeSize))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown ggml type.");
        }

        return checked(elements / blockSize * typeSize);
    }

    /// <summary>Product of the dimensions, or -1 when it doesn't fit in a long.</summary>
    public static long ElementCount(ReadOnlySpan<long> dimensions)
    {
        long count = 1;
        foreach (var dimension in dimensions)
        {
            if (dimension < 0)
            {
                return -1;
            }

            if (dimension != 0 && count > long.MaxValue / dimension)
            {
                return -1;
            }

            count *= dimension;
        }

        return count;
    }
}
