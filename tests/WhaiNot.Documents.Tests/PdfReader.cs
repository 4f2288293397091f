using UglyToad.PdfPig;

namespace WhaiNot.Documents.Tests;

/// <summary>Reads a rendered PDF back with PdfPig: a different library than the one that wrote it.</summary>
internal static class PdfReader
{
    /// <summary>The words of each page, joined by spaces, in reading order.</summary>
    public static string[] PageWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => string.Join(' ', page.GetWords().Select(word => word.Text)))];
    }

    /// <summary>The raw text of each page, glyph by glyph in drawing order (also for rotated text).</summary>
    public static string[] PageGlyphs(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => page.Text)];
    }
}
