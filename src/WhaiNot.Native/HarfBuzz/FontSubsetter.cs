namespace WhaiNot.Native.HarfBuzz;

/// <summary>
/// Cuts a TrueType font down to the characters one document uses. Skia embeds whatever font it is
/// given, whole; DejaVu Sans alone would add some 350 KB to every one-page letter.
/// </summary>
public static class FontSubsetter
{
    /// <summary>The smaller font, or null when HarfBuzz is missing or refuses: then the whole font is embedded.</summary>
    public static byte[]? TrySubset(byte[] font, IEnumerable<int> codepoints)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(codepoints);
        try
        {
            return Subset(font, codepoints);
        }
        catch (DllNotFoundException)
        {
            return null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static unsafe byte[]? Subset(byte[] font, IEnumerable<int> codepoints)
    {
        fixed (byte* data = font)
        {
            // Every handle is disposed (in reverse order) before the font bytes are unpinned: the
            // original face reads from them.
            using var blob = HarfBuzzNative.BlobCreate(data, (uint)font.Length, HarfBuzzNative.MemoryModeReadOnly, 0, 0);
            using var face = HarfBuzzNative.FaceCreate(blob, 0);
            using var input = HarfBuzzNative.SubsetInputCreate();
            if (input.IsInvalid)
            {
                return null;
            }

            var unicodes = HarfBuzzNative.SubsetInputUnicodeSet(input);
            foreach (var codepoint in codepoints)
            {
                HarfBuzzNative.SetAdd(unicodes, (uint)codepoint);
            }

            using var subset = HarfBuzzNative.SubsetOrFail(face, input);
            if (subset.IsInvalid)
            {
                return null;
            }

            using var result = HarfBuzzNative.FaceReferenceBlob(subset);
            var bytes = HarfBuzzNative.BlobGetData(result, out var length);
            return length == 0 ? null : new ReadOnlySpan<byte>(bytes, (int)length).ToArray();
        }
    }
}
