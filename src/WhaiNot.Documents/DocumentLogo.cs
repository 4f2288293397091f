using SkiaSharp;

namespace WhaiNot.Documents;

/// <summary>
/// The OCMW's logo at the top of a document's first page: its size in points, fitted in a small
/// letterhead box whatever the image's own size, with its aspect ratio kept.
/// </summary>
internal sealed record DocumentLogo(byte[] Bytes, bool IsPng, float WidthPt, float HeightPt)
{
    public const float MaxHeightPt = 40f;
    public const float MaxWidthPt = 160f;

    /// <summary>Space between the logo and the title below it.</summary>
    public const float GapPt = 10f;

    /// <summary>The logo of the document, or null when it has none or the bytes are no image Skia can read.</summary>
    public static DocumentLogo? Of(OcmwDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Logo is not { Length: > 0 } bytes)
        {
            return null;
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return null;
        }

        var scale = Math.Min(MaxHeightPt / codec.Info.Height, MaxWidthPt / codec.Info.Width);
        return new DocumentLogo(bytes, codec.EncodedFormat == SKEncodedImageFormat.Png, codec.Info.Width * scale, codec.Info.Height * scale);
    }
}
