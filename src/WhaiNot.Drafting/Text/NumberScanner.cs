namespace WhaiNot.Drafting.Text;

/// <summary>
/// Finds the numbers in a token list and joins spoken numbers that span words:
/// "tweeduizend zeshonderd" → 2600, "zeshonderd en tien" → 610, "honderd en tien" → 110.
/// </summary>
internal static class NumberScanner
{
    public static IReadOnlyList<NumberMention> Scan(IReadOnlyList<Token> tokens)
    {
        var mentions = new List<NumberMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var mention = Single(tokens, i);
            if (mention is null)
            {
                continue;
            }

            // Join the next spoken part when this one is a round hundred or thousand.
            while (mention.InWords && !mention.Ordinal && mention.Last + 1 < tokens.Count)
            {
                var next = mention.Last + 1;
                if (mention.Value >= 100 && mention.Value % 100 == 0 && tokens[next].Folded == "en" && next + 1 < tokens.Count)
                {
                    next++;
                }

                var part = Single(tokens, next);
                var scale = mention.Value % 1000 == 0 ? 1000 : mention.Value % 100 == 0 ? 100 : 0;
                if (part is null || !part.InWords || part.Ordinal || scale == 0 || mention.Value < scale || part.Value >= scale || part.Value == 0)
                {
                    break;
                }

                mention = mention with { Last = part.Last, Value = mention.Value + part.Value };
            }

            mentions.Add(mention);
            i = mention.Last;
        }

        return mentions;
    }

    private static NumberMention? Single(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.IsPunctuation)
        {
            return null;
        }

        if (token.IsDigits)
        {
            if (DutchNumbers.ParseDigits(token.Folded) is { } digits)
            {
                return new NumberMention(i, i, digits, false, false);
            }

            return DutchNumbers.ParseDigitOrdinal(token.Folded) is { } ordinal ? new NumberMention(i, i, ordinal, true, false) : null;
        }

        return DutchNumbers.ParseWord(token.Folded, token.Text, out var isOrdinal) is { } value ? new NumberMention(i, i, value, isOrdinal, true) : null;
    }
}
