using WhaiNot.Drafting.Text;

namespace WhaiNot.Drafting.Extractive;

/// <summary>
/// Rewrites one spoken sentence into the third person: the client's "ik heb" becomes "mevrouw
/// heeft", "mijn" becomes "haar"; the worker's "ik" becomes "de maatschappelijk werker" and "u"
/// the client; a third person's "ik" becomes their name. The finite verb follows the subject in
/// main clauses ("ik heb" / "heb ik") and at the end of subordinate clauses ("omdat ik ... heb").
/// </summary>
internal sealed class ThirdPerson(PersonReference client, string otherName)
{
    private const string Worker = "de maatschappelijk werker";

    private static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal) { "en", "maar", "want", "of", "dus", "ja", "nee" };

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "dat", "omdat", "als", "wanneer", "toen", "sinds", "zodat", "terwijl", "voordat", "nadat", "totdat", "hoewel", "zodra", "waar", "wat", "die",
        "hoe", "waarom", "wie", "welke", "alsof", "zoals", "tenzij", "indien", "waardoor", "waarmee", "waarover",
    };

    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "niet", "ook", "nog", "wel", "al", "toch", "echt", "zelf", "eigenlijk", "gewoon", "dan", "nu", "maar", "dus", "altijd", "nooit", "soms", "graag",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "bij", "voor", "met", "aan", "naar", "van", "op", "over", "tegen", "zonder", "achter", "tot", "om", "door", "uit",
    };

    /// <summary>Whether the client has been named in full already in the sentence being written.</summary>
    public bool ClientNamed { get; set; }

    public List<Token> Rewrite(IReadOnlyList<Token> input, Voice voice)
    {
        var tokens = input.ToList();
        var together = tokens.Any(t => t.Folded == "samen");
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Folded;
            switch (word)
            {
                case "ik" or "'k":
                    ConjugateFor(tokens, i, DutchVerbs.FromFirstPerson);
                    tokens[i] = Word(voice switch
                    {
                        Voice.Client => ClientSubject(),
                        Voice.Worker => Worker,
                        _ => otherName,
                    });
                    break;
                case "mij" or "me":
                    tokens[i] = Word(voice switch { Voice.Client => client.Object, Voice.Worker => Worker, _ => otherName });
                    break;
                case "mijn" or "m'n" or "mijne":
                    tokens[i] = Word(voice == Voice.Client ? client.Possessive : "de");
                    break;
                case "mezelf" or "mijzelf":
                    tokens[i] = Word("zichzelf");
                    break;
                case "u" or "ge" or "gij" when voice == Voice.Worker:
                    if (i > 0 && Prepositions.Contains(tokens[i - 1].Folded))
                    {
                        tokens[i] = Word(client.Object);
                    }
                    else
                    {
                        ConjugateFor(tokens, i, DutchVerbs.FromSecondPerson);
                        tokens[i] = Word(ClientSubject());
                    }

                    break;
                case "uw" or "uwe" when voice == Voice.Worker:
                    tokens[i] = Word(client.Possessive);
                    break;
                case "u" or "ge" or "gij" when voice == Voice.Client:
                    tokens[i] = Word(Worker);
                    break;
                case "uw":
                    tokens[i] = Word("de");
                    break;
                case "we" or "wij" when voice == Voice.Worker && together:
                    tokens[i] = Word($"{Worker} en {client.Subject}");
                    break;
                case "we" or "wij" when voice == Voice.Worker:
                    ConjugateFor(tokens, i, DutchVerbs.FromPlural);
                    tokens[i] = Word("het OCMW");
                    break;
                case "we" or "wij":
                    tokens[i] = Word(word == "we" ? "ze" : "zij");
                    break;
                case "ons" or "onze" when voice == Voice.Worker:
                    tokens[i] = Word(i > 0 && Prepositions.Contains(tokens[i - 1].Folded) ? "het OCMW" : "de");
                    break;
                case "ons" or "onze":
                    tokens[i] = Word("hun");
                    break;
                default:
                    break;
            }
        }

        return tokens;
    }

    private static Token Word(string text) => new(text, DutchText.Fold(text), -1, false);

    private string ClientSubject()
    {
        var text = ClientNamed ? client.Pronoun : client.Subject;
        ClientNamed = true;
        return text;
    }

    // Finds the finite verb that goes with the subject at i and conjugates it.
    private static void ConjugateFor(List<Token> tokens, int i, Func<string, string> conjugate)
    {
        var previous = i > 0 ? tokens[i - 1] : null;
        if (previous is null || previous.IsPunctuation || Coordinators.Contains(previous.Folded))
        {
            if (i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].IsDigits && !NotVerbs.Contains(tokens[i + 1].Folded))
            {
                tokens[i + 1] = Replace(tokens[i + 1], conjugate);
            }

            return;
        }

        if (Subordinators.Contains(previous.Folded))
        {
            // Verb-final clause: the last known verb form before the clause ends.
            var end = i + 1;
            while (end < tokens.Count && !tokens[end].IsPunctuation && tokens[end].Folded is not ("en" or "maar"))
            {
                end++;
            }

            for (var j = end - 1; j > i; j--)
            {
                if (DutchVerbs.IsKnownFirstPerson(tokens[j].Folded) || conjugate(tokens[j].Text) != tokens[j].Text && tokens[j].Folded is "hebt" or "bent" or "kunt" or "wilt" or "zult")
                {
                    tokens[j] = Replace(tokens[j], conjugate);
                    return;
                }
            }

            return;
        }

        // Inversion: "Vorig jaar heb ik", "Dan moet ik".
        if (!previous.IsDigits && (DutchVerbs.IsKnownFirstPerson(previous.Folded) || !DutchLexicon.IsStopWord(previous.Folded) || previous.Folded is "ben" or "heb" or "hebt" or "bent" or "kan" or "kunt" or "moet" or "mag" or "wil" or "zal" or "ga" or "doe" or "kom" or "hebben" or "gaan" or "doen" or "zijn" or "kunnen" or "moeten" or "willen" or "zullen" or "mogen" or "komen"))
        {
            tokens[i - 1] = Replace(previous, conjugate);
        }
    }

    private static Token Replace(Token token, Func<string, string> conjugate)
    {
        var text = conjugate(token.Text);
        if (token.IsCapitalized && text.Length > 0)
        {
            text = char.ToUpperInvariant(text[0]) + text[1..];
        }

        return new Token(text, DutchText.Fold(text), token.Start, false);
    }
}
