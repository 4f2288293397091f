namespace WhaiNot.Documents.Docx;

/// <summary>Word's units: twentieths of a point for lengths, half points for font sizes.</summary>
internal static class Twips
{
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int Margin = 1417;
    public const int HeaderDistance = 709;
    public const int ContentWidth = PageWidth - (2 * Margin);

    public static int FromPoints(double points) => (int)Math.Round(points * 20);

    public static string HalfPoints(float points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
