using WhaiNot.Domain.Drafts;
using WhaiNot.Drafting.Text;

namespace WhaiNot.Drafting.Evaluation;

/// <summary>
/// A small, inspectable check of how report-like an engine's sentences read. A sentence counts as
/// <b>filler</b> when it opens with conversation talk ("Natuurlijk.", "Sorry dat …", "Ja, …",
/// "Eén ding.") or contains interjections ("euh", "allez", "hoe moet ik het zeggen"); it counts as
/// <b>missing a subject</b> when it starts with a bare number ("19."), has fewer than three words, or
/// has no finite verb the checker knows. Repeated subjects ("de cliënt … of de cliënt") and the
/// neutral "zijn of haar" are counted beside them.
/// </summary>
public static class SentenceQuality
{
    private static readonly HashSet<string> FillerOpenings = new(StringComparer.Ordinal)
    {
        "natuurlijk", "tuurlijk", "sorry", "excuseer", "ja", "nee", "neen", "oke", "ok", "euh", "ehm", "allez", "awel", "bon", "kijk", "enfin",
        "ah", "oh", "goed", "merci", "dank", "bedankt", "zeker", "amai", "oei", "hallo", "dag", "goeiedag", "goeiemiddag", "goeiemorgen",
    };

    private static readonly HashSet<string> Interjections = new(StringComparer.Ordinal) { "euh", "ehm", "allez", "enfin", "awel", "amai", "he" };

    private static readonly string[] FillerPhrases = ["hoe moet ik het zeggen", "weet je", "weet ge", "zie je", "een ding", "ik bedoel"];

    // Finite verbs a report sentence is built on; past tenses and modal forms included.
    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.Ordinal)
    {
        "is", "zijn", "was", "waren", "heeft", "hebben", "had", "hadden", "wordt", "worden", "werd", "werden", "kan", "kunnen", "kon", "wil", "willen",
        "wou", "wilde", "zal", "zullen", "zou", "mag", "mogen", "mocht", "moet", "moeten", "moest", "gaat", "gaan", "ging", "komt", "komen", "kwam",
        "krijgt", "krijgen", "kreeg", "doet", "doen", "deed", "ziet", "zien", "zag", "zegt", "zeggen", "zei", "staat", "staan", "stond", "ligt",
        "vindt", "denkt", "weet", "zit", "zat", "houdt", "blijft", "blijven", "bleef", "vraagt", "vragen", "vroeg", "geeft", "geven", "gaf",
        "neemt", "nemen", "nam", "brengt", "brengen", "bracht", "betaalt", "betalen", "betaalde", "woont", "wonen", "woonde", "werkt", "werken",
        "werkte", "huurt", "huren", "volgt", "volgen", "zoekt", "zoeken", "slaapt", "leert", "spreekt", "belt", "bellen", "stuurt", "sturen",
        "maakt", "maken", "helpt", "helpen", "start", "starten", "regelt", "regelen", "bezoekt", "verdient", "ontvangt", "leent", "gebruikt",
        "studeert", "heet", "engageert", "schrijft", "schreef", "noteert", "bekijkt", "bekijken", "meldt", "evalueert", "evalueren", "verwijst",
        "loopt", "duurt", "kost", "kosten", "geneest", "groeit", "valt", "kijkt", "leeft", "past", "voegt", "tekent", "dient", "bezorgt", "neem",
        "zoekt", "piekert", "voelt", "denken", "vinden", "stopt", "stopte", "koopt", "heb", "ben", "kom", "ga",
    };

    public sealed record Score(int Sentences, int Filler, int MissingSubject, int RepeatedSubject, int NeutralPossessive)
    {
        public static Score Zero { get; } = new(0, 0, 0, 0, 0);

        /// <summary>Share of sentences with filler or a missing subject (the issue's ≤ 2 % target).</summary>
        public double BadShare => Sentences == 0 ? 0 : (double)(Filler + MissingSubject) / Sentences;

        public Score Add(Score other)
        {
            ArgumentNullException.ThrowIfNull(other);
            return new(Sentences + other.Sentences, Filler + other.Filler, MissingSubject + other.MissingSubject, RepeatedSubject + other.RepeatedSubject, NeutralPossessive + other.NeutralPossessive);
        }
    }

    public static Score Check(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var score = Score.Zero;
        foreach (var sentence in draft.Sections.SelectMany(s => s.Sentences))
        {
            score = score.Add(new Score(1, IsFiller(sentence.Text) ? 1 : 0, MissesSubject(sentence.Text) ? 1 : 0, RepeatsSubject(sentence.Text) ? 1 : 0, sentence.Text.Contains("zijn of haar", StringComparison.Ordinal) ? 1 : 0));
        }

        return score;
    }

    public static bool IsFiller(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = DutchText.Tokenize(text).Where(t => !t.IsPunctuation).Select(t => t.Folded).ToList();
        var lower = text.ToLowerInvariant();
        return (tokens.Count > 0 && FillerOpenings.Contains(tokens[0]))
            || tokens.Any(Interjections.Contains)
            || FillerPhrases.Any(p => lower.Contains(p, StringComparison.Ordinal));
    }

    public static bool MissesSubject(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart();
        var tokens = DutchText.Tokenize(text).Where(t => !t.IsPunctuation).Select(t => t.Folded).ToList();
        return trimmed.Length == 0 || char.IsDigit(trimmed[0]) || tokens.Count < 3 || !tokens.Any(FiniteVerbs.Contains);
    }

    /// <summary>Whether a finite verb the checker knows is in the text.</summary>
    public static bool HasFiniteVerb(string text) =>
        DutchText.Tokenize(text ?? string.Empty).Any(t => !t.IsPunctuation && FiniteVerbs.Contains(t.Folded));

    public static bool RepeatsSubject(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        return new[] { "de cliënt", "mevrouw", "meneer", "de maatschappelijk werker", "de begeleider" }.Any(p => Count(lower, p) >= 2);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
