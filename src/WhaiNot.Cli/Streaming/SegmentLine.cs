namespace WhaiNot.Cli.Streaming;

/// <summary>One final segment as a person reads it: "[00:01,2 – 00:03,4] cliënt: tekst".</summary>
internal static class SegmentLine
{
    public static string Format(SegmentMessage segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var speaker = segment.Speaker switch
        {
            "worker" => "werker: ",
            "client" => "cliënt: ",
            "other" => "ander: ",
            _ => "",
        };
        return $"[{Time(segment.Start)} – {Time(segment.End)}] {speaker}{segment.Text.Trim()}";
    }

    /// <summary>mm:ss,t (h:mm:ss,t from an hour on), in the Belgian notation.</summary>
    public static string Time(double seconds)
    {
        // Round once, in tenths, so 59,96 s becomes 01:00,0 and never 00:60,0.
        var tenths = (long)Math.Round(Math.Max(0, seconds) * 10);
        var (hours, minutes, rest) = (tenths / 36000, tenths / 600 % 60, tenths % 600 / 10.0);
        var second = rest.ToString("00.0", Dutch.Culture);
        return hours > 0 ? $"{hours}:{minutes:00}:{second}" : $"{minutes:00}:{second}";
    }
}
