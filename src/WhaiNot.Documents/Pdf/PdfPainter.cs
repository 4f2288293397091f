using SkiaSharp;

namespace WhaiNot.Documents.Pdf;

/// <summary>Draws one laid-out page with its header, footer and, for drafts, the diagonal mark.</summary>
internal sealed class PdfPainter
{
    private const float Width = (float)HouseStyle.PageWidthPt;
    private const float Height = (float)HouseStyle.PageHeightPt;
    private const float Margin = (float)HouseStyle.MarginPt;
    private const float HeaderBaseline = Margin - 30;
    private const float HeaderRule = Margin - 22;
    private const float FooterRule = Height - Margin + 18;
    private const float FooterBaseline = Height - Margin + 32;
    private const float FooterGap = 12;

    private readonly OcmwDocument _document;
    private readonly FontBook _fonts;
    private readonly (SKImage Image, float Width, float Height)? _logo;

    public PdfPainter(OcmwDocument document, FontBook fonts, (SKImage Image, float Width, float Height)? logo = null)
    {
        _document = document;
        _fonts = fonts;
        _logo = logo;
    }

    public static float ContentWidth => Width - (2 * Margin);

    public static float ContentTop => Margin;

    public static float ContentBottom => Height - Margin;

    public static float PageWidth => Width;

    public static float PageHeight => Height;

    public void Paint(SKCanvas canvas, IReadOnlyList<PlacedLine> lines, int pageNumber, int pageCount)
    {
        // First, so that all text lies on top of it and stays readable.
        if (_document.Draft)
        {
            DrawDraftMark(canvas);
        }

        DrawHeader(canvas);
        if (pageNumber == 1 && _logo is { } logo)
        {
            using var sampling = new SKPaint();
            canvas.DrawImage(logo.Image, SKRect.Create(Margin, ContentTop, logo.Width, logo.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), sampling);
        }

        foreach (var placed in lines)
        {
            DrawLine(canvas, placed);
        }

        DrawFooter(canvas, pageNumber, pageCount);
    }

    private void DrawLine(SKCanvas canvas, PlacedLine placed)
    {
        var line = placed.Line;
        var rule = _fonts.Paint(HouseStyle.RuleColor);
        if (line.RuleAbove)
        {
            canvas.DrawLine(Margin, placed.Top, Width - Margin, placed.Top, rule);
        }

        foreach (var run in line.Runs)
        {
            DrawText(canvas, run.Text, Margin + run.X, placed.Top + line.Baseline, run.Style);
        }

        if (line.RuleBelow)
        {
            var bottom = placed.Top + line.Height;
            canvas.DrawLine(Margin, bottom, Width - Margin, bottom, rule);
        }
    }

    private void DrawHeader(SKCanvas canvas)
    {
        var available = ContentWidth;
        if (_document.Draft)
        {
            var mark = HouseStyle.DraftMark;
            var markWidth = _fonts.Measure(mark, TextStyle.SmallBold);
            DrawText(canvas, mark, Width - Margin - markWidth, HeaderBaseline, TextStyle.SmallBold);
            available -= markWidth + FooterGap;
        }

        DrawText(canvas, Ellipsize(_document.Title, TextStyle.Small, available), Margin, HeaderBaseline, TextStyle.Small);
        canvas.DrawLine(Margin, HeaderRule, Width - Margin, HeaderRule, _fonts.Paint(HouseStyle.RuleColor));
    }

    private void DrawFooter(SKCanvas canvas, int pageNumber, int pageCount)
    {
        canvas.DrawLine(Margin, FooterRule, Width - Margin, FooterRule, _fonts.Paint(HouseStyle.RuleColor));

        var pageText = $"{HouseStyle.PageLabel} {pageNumber} {HouseStyle.PageOfLabel} {pageCount}";
        var pageWidth = _fonts.Measure(pageText, TextStyle.Small);
        DrawText(canvas, pageText, Width - Margin - pageWidth, FooterBaseline, TextStyle.Small);

        if (string.IsNullOrWhiteSpace(_document.Footer))
        {
            return;
        }

        // Up to three lines fit between the rule and the paper's edge.
        var lines = TextWrapper.Wrap([new(_document.Footer, TextStyle.Small)], ContentWidth - pageWidth - FooterGap, _fonts);
        var y = FooterBaseline;
        foreach (var runs in lines.Take(3))
        {
            foreach (var run in runs)
            {
                DrawText(canvas, run.Text, Margin + run.X, y, run.Style);
            }

            y += FontBook.LineHeight(TextStyle.Small);
        }
    }

    private void DrawDraftMark(SKCanvas canvas)
    {
        var mark = HouseStyle.DraftMark;
        var probe = TextStyle.Title with { Size = 100 };
        var diagonal = MathF.Sqrt((Width * Width) + (Height * Height));
        var style = new TextStyle(100 * (0.6f * diagonal) / _fonts.Measure(mark, probe), true, HouseStyle.DraftMarkColor);
        var font = _fonts.Font(style);
        var angle = -MathF.Atan2(Height, Width) * 180 / MathF.PI;

        canvas.Save();
        canvas.RotateDegrees(angle, Width / 2, Height / 2);

        // Centred on the page: half the cap height below the centre line.
        var capHeight = font.Metrics.CapHeight;
        canvas.DrawText(mark, Width / 2, (Height / 2) + (capHeight / 2), SKTextAlign.Center, font, _fonts.Paint(style.Color));
        canvas.Restore();
    }

    private void DrawText(SKCanvas canvas, string text, float x, float baseline, TextStyle style) =>
        canvas.DrawText(text, x, baseline, SKTextAlign.Left, _fonts.Font(style), _fonts.Paint(style.Color));

    private string Ellipsize(string text, TextStyle style, float width)
    {
        text = text.ReplaceLineEndings(" ");
        if (_fonts.Measure(text, style) <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && _fonts.Measure(string.Concat(text.AsSpan(0, length).TrimEnd(), "…"), style) > width)
        {
            length--;
        }

        return string.Concat(text.AsSpan(0, length).TrimEnd(), "…");
    }
}
