using System.Globalization;
using SkiaSharp;

namespace WhaiNot.Documents.Pdf;

/// <summary>The sized fonts of one render. Skia fonts are not thread-safe, so each render has its own.</summary>
internal sealed class FontBook : IDisposable
{
    // Generous leading: these letters are read by people who do not read easily.
    private const float LineSpacing = 1.35f;

    private readonly PdfTypefaces _fonts;
    private readonly Dictionary<(float Size, bool Bold), SKFont> _sized = [];
    private readonly Dictionary<string, SKPaint> _paints = [];

    public FontBook(PdfTypefaces fonts) => _fonts = fonts;

    public SKFont Font(TextStyle style)
    {
        if (!_sized.TryGetValue((style.Size, style.Bold), out var font))
        {
            // Unhinted, subpixel metrics: what we measure is what the PDF places.
            font = new SKFont(style.Bold ? _fonts.Bold : _fonts.Regular, style.Size)
            {
                Hinting = SKFontHinting.None,
                Subpixel = true,
                LinearMetrics = true,
            };
            _sized[(style.Size, style.Bold)] = font;
        }

        return font;
    }

    public SKPaint Paint(string color)
    {
        if (!_paints.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = ParseColor(color), IsAntialias = true, StrokeWidth = 0.5f };
            _paints[color] = paint;
        }

        return paint;
    }

    public float Measure(string text, TextStyle style) => Font(style).MeasureText(text);

    public static float LineHeight(TextStyle style) => style.Size * LineSpacing;

    /// <summary>From the top of a line to its baseline, with the leading split above and below the glyphs.</summary>
    public float BaselineOffset(TextStyle style)
    {
        var metrics = Font(style).Metrics;
        var ascent = -metrics.Ascent;
        var glyphs = ascent + metrics.Descent;
        return ((LineHeight(style) - glyphs) / 2) + ascent;
    }

    /// <summary>A line as tall as its tallest run, all runs on one baseline.</summary>
    public LineBox Line(IReadOnlyList<PlacedRun> runs, TextStyle lineStyle, float paddingTop = 0, float paddingBottom = 0)
    {
        var height = LineHeight(lineStyle);
        var baseline = BaselineOffset(lineStyle);
        foreach (var run in runs)
        {
            height = Math.Max(height, LineHeight(run.Style));
            baseline = Math.Max(baseline, BaselineOffset(run.Style));
        }

        return new LineBox(runs, paddingTop + height + paddingBottom, paddingTop + baseline);
    }

    public void Dispose()
    {
        foreach (var font in _sized.Values)
        {
            font.Dispose();
        }

        foreach (var paint in _paints.Values)
        {
            paint.Dispose();
        }
    }

    private static SKColor ParseColor(string hex)
    {
        var rgb = uint.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new SKColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }
}
