namespace WhaiNot.Documents;

/// <summary>
/// The one house style both renderers follow, so a letter looks the same in Word and as PDF.
/// Sizes are in points; colours are RGB hex.
/// </summary>
internal static class HouseStyle
{
    // The only Dutch words a renderer may add itself; everything else comes from the model.
    public const string PageLabel = "Pagina";
    public const string PageOfLabel = "van";
    public const string DraftMark = "ONTWERP";

    public const string DocumentLanguage = "nl-BE";

    public const double PageWidthPt = 595.28;
    public const double PageHeightPt = 841.89;
    public const double MarginPt = 2.5 / 2.54 * 72;

    public const float BodySize = 11f;
    public const float TitleSize = 16f;
    public const float SubtitleSize = 12f;
    public const float HeadingSize = 12f;
    public const float SmallSize = 9f;

    // Labels take about a third of a table, values the rest.
    public const double LabelColumnShare = 0.35;

    public const string TextColor = "000000";
    public const string MutedColor = "666666";
    public const string RuleColor = "BBBBBB";
    public const string DraftMarkColor = "E2E2E2";
}
