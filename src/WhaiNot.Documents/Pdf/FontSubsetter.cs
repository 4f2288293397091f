namespace WhaiNot.Documents.Pdf;

/// <summary>
/// Cuts a TrueType font down to the characters one document uses. Skia embeds whatever font it is
/// given, whole; DejaVu Sans alone would add some 350 KB to every one-page letter.
/// </summary>
internal static class FontSubsetter
{
    /// <summary>The smaller font, or null when HarfBuzz is missing or refuses: then the whole font is embedded.</summary>
    public static byte[]? TrySubset(byte[] font, IEnumerable<int> codepoints)
    {
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
            var blob = HarfBuzzNative.BlobCreate(data, (uint)font.Length, HarfBuzzNative.MemoryModeReadOnly, 0, 0);
            var face = HarfBuzzNative.FaceCreate(blob, 0);
            var input = HarfBuzzNative.SubsetInputCreate();
            var subset = nint.Zero;
            var result = nint.Zero;
            try
            {
                if (input == nint.Zero)
                {
                    return null;
                }

                var unicodes = HarfBuzzNative.SubsetInputUnicodeSet(input);
                foreach (var codepoint in codepoints)
                {
                    HarfBuzzNative.SetAdd(unicodes, (uint)codepoint);
                }

                subset = HarfBuzzNative.SubsetOrFail(face, input);
                if (subset == nint.Zero)
                {
                    return null;
                }

                result = HarfBuzzNative.FaceReferenceBlob(subset);
                var bytes = HarfBuzzNative.BlobGetData(result, out var length);
                return length == 0 ? null : new ReadOnlySpan<byte>(bytes, (int)length).ToArray();
            }
            finally
            {
                // All of it before the font bytes are unpinned: the original face reads from them.
                HarfBuzzNative.BlobDestroy(result);
                HarfBuzzNative.FaceDestroy(subset);
                HarfBuzzNative.SubsetInputDestroy(input);
                HarfBuzzNative.FaceDestroy(face);
                HarfBuzzNative.BlobDestroy(blob);
            }
        }
    }
}
