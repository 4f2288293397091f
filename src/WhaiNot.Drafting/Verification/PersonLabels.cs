using WhaiNot.Drafting.Text;

namespace WhaiNot.Drafting.Verification;

/// <summary>
/// Words that judge or label a person, or give them an emotion. A report may only carry them when
/// someone said them; the verifier flags them otherwise. A trailing '*' matches any ending.
/// Multi-word patterns catch judgements made of plain words ("aan zichzelf te wijten").
/// </summary>
internal static class PersonLabels
{
    private static readonly string[] Judgements =
    [
        "gemotiveerd*", "ongemotiveerd*", "motivatie*", "gemotiveerdheid", "onverantwoordelijk*", "verantwoordelijkheid*", "lui", "luie", "luiheid",
        "impulsie*", "onrealistisch*", "realistisch*", "naief", "naieve", "manipul*", "agressie*", "afhankelijk*", "passief", "passieve",
        "onbetrouwbaar*", "betrouwbaar*", "leugenachtig*", "liegt", "gelogen", "depressie*", "depressief*", "angststoornis", "verslaafd*", "verslaving*",
        "alcoholist*", "psychotisch*", "labiel*", "instabiel*", "ondankbaar*", "veeleisend*", "koppig*", "weigerachtig*", "onwillig*", "zwakbegaafd*",
        "verward*", "chaotisch*", "onverzorgd*", "verwaarloos*", "asociaal*", "profiteur*", "profiteert", "onbekwaam*", "onmachtig*", "ongeschikt*",
        "zichtbaar", "leek", "lijkt", "kennelijk", "blijkbaar", "vermoedelijk", "ongetwijfeld", "duidelijk", "schuift", "uitstelgedrag",
    ];

    private static readonly string[] Emotions =
    [
        "boos", "boze", "kwaad", "kwade", "woedend*", "woede", "geirriteerd*", "geergerd*", "ergerde", "geprikkeld*", "prikkelbaar*", "verdrietig*",
        "verdriet", "huilde*", "huilen*", "huilend*", "tranen", "emotioneel", "emotionele", "gespannen", "spanning", "zenuwachtig*", "nerveus*",
        "ongerust*", "bezorgd*", "bang", "bange", "angstig*", "angst", "wantrouw*", "achterdochtig*", "beschaamd*", "schaamt", "schaamde*",
        "schaamte", "verbitterd*", "bitter*", "gefrustreerd*", "frustratie*", "teleurgesteld*", "teleurstelling*", "wanhopig*", "wanhoop",
        "overstuur", "paniek", "blij", "blije", "gelukkig*", "opgelucht*", "tevreden", "ontevreden", "onrustig*", "opgewonden", "defensief*",
        "vijandig*", "onverschillig*", "gekwetst*", "beledigd*",
    ];

    private static readonly string[][] JudgementPhrases =
    [
        ["aan", "zichzelf", "te", "wijten"], ["niet", "onder", "controle"], ["stelt", "*", "uit"], ["schuift", "*", "door"], ["weinig", "inzet"],
        ["geen", "inzet"], ["neemt", "geen", "verantwoordelijkheid"],
    ];

    /// <summary>The labelling words in a sentence, with their kind and the token where they start.</summary>
    public static IEnumerable<(string Word, LabelKind Kind, int Index)> Find(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsPunctuation)
            {
                continue;
            }

            var word = tokens[i].Folded;
            if (Emotions.Any(p => Matches(p, word)))
            {
                yield return (tokens[i].Text, LabelKind.Emotion, i);
            }
            else if (Judgements.Any(p => Matches(p, word)))
            {
                yield return (tokens[i].Text, LabelKind.Judgement, i);
            }
            else if (JudgementPhrases.FirstOrDefault(p => PhraseAt(tokens, i, p)) is { } phrase)
            {
                yield return (string.Join(' ', tokens.Skip(i).Where(t => t.IsWord).Take(phrase.Length).Select(t => t.Text)), LabelKind.Judgement, i);
            }
        }
    }

    /// <summary>Does the evidence carry the same word (so someone said it)?</summary>
    public static bool SaidIn(string word, IReadOnlyList<Token> evidence)
    {
        var folded = DutchText.Fold(word.Split(' ')[0]);
        var stem = DutchStemmer.Stem(folded);
        return evidence.Any(t => t.IsWord && (t.Folded == folded || DutchStemmer.Stem(t.Folded) == stem || (stem.Length >= 4 && t.Folded.StartsWith(stem, StringComparison.Ordinal))));
    }

    private static bool Matches(string pattern, string word) =>
        pattern.EndsWith('*') ? word.StartsWith(pattern[..^1], StringComparison.Ordinal) : word == pattern;

    // Words in order; a "*" lets up to three words stand between its neighbours.
    private static bool PhraseAt(IReadOnlyList<Token> tokens, int start, string[] phrase)
    {
        var words = tokens.Skip(start).Where(t => t.IsWord).Take(phrase.Length + 3).Select(t => t.Folded).ToList();
        var w = 0;
        var gap = 0;
        foreach (var part in phrase)
        {
            if (part == "*")
            {
                gap = 3;
                continue;
            }

            var end = Math.Min(words.Count, w + gap + 1);
            var at = words.FindIndex(w, end - w, x => x == part);
            if (at < 0)
            {
                return false;
            }

            w = at + 1;
            gap = 0;
        }

        return true;
    }
}
