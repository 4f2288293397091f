using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WhaiNot.Documents.Docx;

/// <summary>The OCMW's logo as the first paragraph of the body, the same size as in the PDF.</summary>
internal static class DocxLogo
{
    private const long EmuPerPoint = 12700;

    /// <summary>Adds the image to the package and returns the paragraph that shows it; null without a (readable) logo.</summary>
    public static W.Paragraph? Add(MainDocumentPart main, OcmwDocument document)
    {
        var logo = DocumentLogo.Of(document);
        if (logo is null)
        {
            return null;
        }

        var part = main.AddImagePart(logo.IsPng ? ImagePartType.Png : ImagePartType.Jpeg);
        using (var stream = new MemoryStream(logo.Bytes, writable: false))
        {
            part.FeedData(stream);
        }

        var id = main.GetIdOfPart(part);
        var cx = (long)(logo.WidthPt * EmuPerPoint);
        var cy = (long)(logo.HeightPt * EmuPerPoint);
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = "logo" }, new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = 1U, Name = "Logo", Description = "Logo" },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        var gapTwips = ((int)(DocumentLogo.GapPt * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new W.Paragraph(
            new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyles.NoSpacing }, new W.SpacingBetweenLines { After = gapTwips }),
            new W.Run(new W.Drawing(inline)));
    }
}
