using SkiaSharp;

namespace WhaiNot.Documents.Pdf;

/// <summary>The regular and bold typeface of one render.</summary>
internal sealed class PdfTypefaces : IDisposable
{
    public PdfTypefaces(SKTypeface regular, SKTypeface bold)
    {
        Regular = regular;
        Bold = bold;
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }
}
