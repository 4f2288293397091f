namespace WhaiNot.Speech.Engine;

/// <summary>Language names as callers write them ("nl-BE", "auto") turned into what whisper.cpp takes.</summary>
internal static class WhisperLanguage
{
    /// <summary>The ISO 639-1 part in lower case, or null (detect) for empty and "auto".</summary>
    public static string? Normalize(string? language) =>
        string.IsNullOrWhiteSpace(language) || language.Equals("auto", StringComparison.OrdinalIgnoreCase) ? null : language.Split('-')[0].ToLowerInvariant();
}
