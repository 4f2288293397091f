using WhaiNot.Drafting.Text;

namespace WhaiNot.Drafting.Extractive;

/// <summary>One spoken sentence of a segment, with its end mark (".", "?" or "!").</summary>
internal sealed record SpokenSentence(IReadOnlyList<Token> Tokens, bool IsQuestion)
{
    public string Text => string.Join(' ', Tokens.Select(t => t.Text));

    public static IReadOnlyList<SpokenSentence> Split(string text)
    {
        var sentences = new List<SpokenSentence>();
        var current = new List<Token>();
        foreach (var token in DutchText.Tokenize(text))
        {
            current.Add(token);
            if (token.IsSentenceEnd)
            {
                sentences.Add(new SpokenSentence(current, token.Text == "?"));
                current = [];
            }
        }

        if (current.Count > 0)
        {
            sentences.Add(new SpokenSentence(current, false));
        }

        return sentences;
    }
}
