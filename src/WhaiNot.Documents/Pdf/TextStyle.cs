namespace WhaiNot.Documents.Pdf;

/// <summary>How a run of text is printed: size in points, weight, and colour as RGB hex (see <see cref="HouseStyle"/>).</summary>
internal readonly record struct TextStyle(float Size, bool Bold, string Color)
{
    public static readonly TextStyle Body = new(HouseStyle.BodySize, false, HouseStyle.TextColor);
    public static readonly TextStyle BodyBold = new(HouseStyle.BodySize, true, HouseStyle.TextColor);
    public static readonly TextStyle Title = new(HouseStyle.TitleSize, true, HouseStyle.TextColor);
    public static readonly TextStyle Subtitle = new(HouseStyle.SubtitleSize, false, HouseStyle.MutedColor);
    public static readonly TextStyle Heading = new(HouseStyle.HeadingSize, true, HouseStyle.TextColor);
    public static readonly TextStyle Small = new(HouseStyle.SmallSize, false, HouseStyle.MutedColor);
    public static readonly TextStyle SmallBold = new(HouseStyle.SmallSize, true, HouseStyle.MutedColor);
}
