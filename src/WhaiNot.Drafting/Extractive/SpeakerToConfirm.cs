namespace WhaiNot.Drafting.Extractive;

/// <summary>
/// The mark the extractive engine puts before a sentence whose speaker is not known: the words are
/// quoted as said ("ik", "u" left as they are) so the draft never guesses who said them, and the
/// worker sees at once that the speaker must be confirmed. The verifier reads the quote, not the mark.
/// </summary>
public static class SpeakerToConfirm
{
    public const string Prefix = "Spreker nakijken: ";

    public static bool IsMarked(string text) => text is not null && text.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The sentence without its mark (the quoted words), or the sentence itself.</summary>
    public static string Strip(string text) => IsMarked(text) ? text[Prefix.Length..] : text;
}
