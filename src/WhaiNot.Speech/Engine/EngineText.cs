using System.Text.RegularExpressions;
using WhaiNot.Native.Whisper;

namespace WhaiNot.Speech.Engine;

/// <summary>Turns Whisper's segments for one utterance into text, leaving out what isn't speech.</summary>
internal static partial class EngineText
{
    /// <summary>
    /// Joins the segments the engine believes are speech. Segments above the no-speech threshold and
    /// sound labels Whisper writes for non-speech ("[muziek]", "(stilte)", "*hoest*") are dropped, so
    /// a quiet or noisy stretch never becomes invented text.
    /// </summary>
    public static string From(WhisperResult result, double noSpeechThreshold)
    {
        var parts = result.Segments
            .Where(s => s.NoSpeechProbability < noSpeechThreshold)
            .Select(s => SoundLabel().Replace(s.Text, " ").Trim())
            .Where(t => t.Length > 0);
        return Whitespace().Replace(string.Join(' ', parts), " ").Trim();
    }

    [GeneratedRegex(@"\[[^\]]*\]|\([^)]*\)|\*[^*]*\*|♪+")]
    private static partial Regex SoundLabel();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
