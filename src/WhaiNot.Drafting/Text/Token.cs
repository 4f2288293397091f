namespace WhaiNot.Drafting.Text;

/// <summary>A word, number or punctuation mark of a text; <see cref="Folded"/> is lower case without accents.</summary>
internal sealed record Token(string Text, string Folded, int Start, bool IsPunctuation)
{
    public bool IsWord => !IsPunctuation;

    public bool IsDigits => Text.Length > 0 && char.IsAsciiDigit(Text[0]);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsSentenceEnd => IsPunctuation && Text is "." or "?" or "!";
}
