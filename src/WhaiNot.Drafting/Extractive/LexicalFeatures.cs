using WhaiNot.Drafting.Text;

namespace WhaiNot.Drafting.Extractive;

/// <summary>
/// The features the learned section weights look at: the stems of a segment's content words, and
/// the stems of the question asked just before it marked "q:" (what was asked says where the answer
/// belongs: "hoe oud" → identity). Dates, clock times and amounts count as "#date", "#time", "#getal".
/// </summary>
internal static class LexicalFeatures
{
    public static HashSet<string> Of(string text, string? question)
    {
        var features = new HashSet<string>(StringComparer.Ordinal);
        Add(features, text, string.Empty);
        if (question is not null)
        {
            Add(features, question, "q:");
        }

        return features;
    }

    private static void Add(HashSet<string> features, string text, string prefix)
    {
        var tokens = DutchText.Tokenize(text);
        foreach (var fact in FactScanner.Scan(tokens))
        {
            features.Add(prefix + fact.Kind switch { FactKind.Date => "#date", FactKind.Time => "#time", _ => "#getal" });
        }

        foreach (var token in tokens.Where(t => ContentWords.IsContent(t) && !Fillers.IsFiller(t.Folded)))
        {
            features.Add(prefix + DutchStemmer.Stem(token.Folded));
        }
    }
}
