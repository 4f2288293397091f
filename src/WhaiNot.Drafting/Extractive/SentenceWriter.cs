using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Text;

namespace WhaiNot.Drafting.Extractive;

/// <summary>
/// Writes what a speaker said as a report sentence close to the words used: small talk and
/// fillers out, numbers as a report writes them, third person, a yes/no question as "vraagt of
/// …", open questions left out.
/// </summary>
internal sealed class SentenceWriter(PersonReference client, string otherName)
{
    private static readonly HashSet<string> LeadingInterjections = new(StringComparer.Ordinal)
    {
        "ja", "nee", "neen", "oke", "ok", "goed", "ah", "oh", "allez", "amai", "awel", "bon", "euh", "eh", "ehm", "en", "dus", "zo", "oei", "perfect", "prima", "merci",
        "kijk", "natuurlijk", "tuurlijk", "enfin", "zeker", "maar",
    };

    private static readonly HashSet<string> PersonWords = new(StringComparer.Ordinal)
    {
        "ik", "'k", "mij", "me", "mijn", "m'n", "mezelf", "u", "uw", "ge", "gij", "je", "jij", "jou", "jouw", "we", "wij", "ons", "onze",
    };

    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "dag", "goeiedag", "goedendag", "goeiendag", "goeiemorgen", "goedemorgen", "goeiemiddag", "goedemiddag", "goeienavond", "hallo", "welkom",
    };

    private static readonly string[][] TalkPhrases = [["hoe", "moet", "ik", "het", "zeggen"], ["weet", "je"], ["weet", "ge"], ["ik", "bedoel"], ["zie", "je"]];

    private static readonly HashSet<string> DroppedAnywhere = new(StringComparer.Ordinal) { "euh", "eh", "ehm", "hm" };

    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal)
    {
        "wat", "wie", "waar", "wanneer", "hoeveel", "hoe", "welke", "welk", "waarom", "waarvoor", "waarmee", "waarover", "vanwaar", "tegen",
    };

    private static readonly HashSet<string> SubjectsAfterVerb = new(StringComparer.Ordinal)
    {
        "ik", "u", "je", "jij", "ge", "gij", "hij", "ze", "zij", "we", "wij", "het", "de", "die", "dat", "er", "uw", "mijn", "hun", "jullie", "donderdag",
    };

    /// <summary>The report text for these spoken sentences of one segment, or null when nothing of substance is left.</summary>
    public string? Write(IEnumerable<SpokenSentence> sentences, Speaker speaker, SpokenSentence? askedBefore = null)
    {
        var voice = speaker switch { Speaker.Worker => Voice.Worker, Speaker.Client => Voice.Client, Speaker.Other => Voice.Other, _ => Voice.Unknown };
        if (voice == Voice.Unknown)
        {
            return WriteUnattributed(sentences);
        }

        var person = new ThirdPerson(client, otherName);
        var parts = new List<string>();
        foreach (var sentence in sentences)
        {
            var text = (voice == Voice.Client && askedBefore is not null ? AnswerWithSubject(askedBefore, sentence, person) : null) ?? WriteOne(sentence, voice, person);
            if (text is not null)
            {
                parts.Add(text);
            }
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    // Nobody known said these words: facts without person words are written as usual; words with
    // "ik", "u", "we" are quoted as said behind the mark, so no sentence puts them in anyone's mouth.
    private static string? WriteUnattributed(IEnumerable<SpokenSentence> sentences)
    {
        var plain = new List<string>();
        var quoted = new List<string>();
        foreach (var sentence in sentences)
        {
            var tokens = Clean(sentence.Tokens);
            if (!tokens.Any(t => t.IsWord && (ContentWords.IsContent(t) && !Fillers.IsFiller(t.Folded) || t.IsDigits || DutchNumbers.ParseWord(t.Folded, t.Text, out _) is not null)))
            {
                continue;
            }

            tokens = NumberWriter.Rewrite(tokens);
            if (sentence.IsQuestion || tokens.Any(t => PersonWords.Contains(t.Folded)))
            {
                quoted.Add(Capitalize(Join(tokens)) + (sentence.IsQuestion ? "?" : "."));
            }
            else
            {
                plain.Add(Capitalize(Join(tokens)) + ".");
            }
        }

        if (quoted.Count > 0)
        {
            return SpeakerToConfirm.Prefix + "\"" + string.Join(' ', plain.Concat(quoted)) + "\"";
        }

        return plain.Count == 0 ? null : string.Join(' ', plain);
    }

    // A bare answer gets its subject from the question it answers: "Hoe oud bent u?" "Negentien." →
    // "Mevrouw is 19 jaar."; "Wat is uw nationaliteit?" "Belgische." → "Haar nationaliteit: Belgische.";
    // "Hoeveel huur betaalt u?" "620 euro." → "Mevrouw betaalt huur: 620 euro." The words stay those said.
    private string? AnswerWithSubject(SpokenSentence question, SpokenSentence answer, ThirdPerson person)
    {
        if (answer.IsQuestion || !question.IsQuestion || Evaluation.SentenceQuality.HasFiniteVerb(answer.Text))
        {
            return null;
        }

        var said = Clean(answer.Tokens);
        if (said.Count == 0)
        {
            return null;
        }

        var asked = Clean(question.Tokens).Where(t => !t.IsPunctuation).Select(t => t.Folded).ToList();
        var rewritten = NumberWriter.Rewrite(said);
        if (rewritten[0].IsWord && (DutchLexicon.IsStopWord(rewritten[0].Folded) || DutchNumbers.ParseWord(rewritten[0].Folded, rewritten[0].Text, out _) is not null))
        {
            rewritten[0] = new Token(rewritten[0].Text.ToLowerInvariant(), rewritten[0].Folded, rewritten[0].Start, false);
        }

        var fragment = Join(rewritten);
        if (asked.Count >= 3 && asked[0] == "hoe" && asked[1] == "oud" && said.FirstOrDefault(t => t.IsWord) is not null)
        {
            var number = NumberWriter.Rewrite(said).FirstOrDefault(t => t.IsDigits);
            return number is null ? null : $"{Capitalize(client.Subject)} is {number.Text} jaar.";
        }

        var addressed = asked.FindIndex(w => w is "u" or "ge" or "gij" or "uw" or "uwe");
        if (asked.Count >= 3 && asked[0] == "wat" && asked[1] is "is" or "zijn" && addressed == 2 && asked.Count > 3)
        {
            return $"{Capitalize(client.Possessive)} {string.Join(' ', asked.Skip(3))}: {fragment}.";
        }

        if (asked.Count >= 4 && asked[0] == "hoeveel" && addressed == 3 && !WhWords.Contains(asked[1]))
        {
            var verb = DutchVerbs.FromSecondPerson(asked[2]);
            person.ClientNamed = true;
            return $"{Capitalize(client.Subject)} {verb} {asked[1]}: {fragment}.";
        }

        return null;
    }

    /// <summary>An answer that means nothing alone ("Twee.", "Nee, niks anders."), written after its question.</summary>
    public string? WriteWithQuestion(SpokenSentence question, IEnumerable<SpokenSentence> answer, Speaker speaker)
    {
        var person = new ThirdPerson(client, otherName);
        var answered = answer.ToList();
        if (speaker == Speaker.Client && answered.Count == 1 && AnswerWithSubject(question, answered[0], person) is { } withSubject)
        {
            return withSubject;
        }

        var asked = Clean(question.Tokens);
        var said = Write(answered, speaker);
        if (speaker == Speaker.Unknown)
        {
            // Who asked and who answered is not known either: the answer stays as it is.
            return said;
        }

        if (asked.Count == 0 || said is null)
        {
            return said;
        }

        var questionText = Join(person.Rewrite(NumberWriter.Rewrite(asked), Voice.Worker));
        return Capitalize(questionText) + ": " + char.ToLowerInvariant(said[0]) + said[1..];
    }

    /// <summary>Does this question open with its verb (a yes/no question) rather than a question word?</summary>
    public static bool IsYesNoQuestion(IReadOnlyList<Token> words) =>
        words.Count >= 2 && !WhWords.Contains(words[0].Folded) && (DutchVerbs.IsKnownFirstPerson(words[0].Folded) || SubjectsAfterVerb.Contains(words[1].Folded)
            || words[0].Folded is "hebt" or "bent" or "kunt" or "wilt" or "zult" or "is" or "heeft" or "past" or "lukt" or "gaat" or "mag" or "moet");

    private string? WriteOne(SpokenSentence sentence, Voice voice, ThirdPerson person)
    {
        var tokens = Clean(sentence.Tokens);
        if (!tokens.Any(t => t.IsWord && (ContentWords.IsContent(t) && !Fillers.IsFiller(t.Folded) || t.IsDigits || DutchNumbers.ParseWord(t.Folded, t.Text, out _) is not null)))
        {
            return null;
        }

        tokens = NumberWriter.Rewrite(tokens);
        if (!sentence.IsQuestion)
        {
            // "Brengt u die doos mee" (a request, not a question): subject first.
            if (voice == Voice.Worker && tokens.Count > 2 && tokens[1].Folded == "u" && !WhWords.Contains(tokens[0].Folded))
            {
                (tokens[0], tokens[1]) = (tokens[1], new Token(tokens[0].Text.ToLowerInvariant(), tokens[0].Folded, -1, false));
            }

            return Capitalize(Join(person.Rewrite(tokens, voice))) + ".";
        }

        if (!IsYesNoQuestion(tokens))
        {
            return null;
        }

        // "Mag ik dat dinsdag binnenbrengen?" → "Mevrouw vraagt of ze dat dinsdag binnenbrengen mag."
        var asker = voice switch { Voice.Client => client.Subject, Voice.Worker => "de maatschappelijk werker", _ => otherName };
        if (voice == Voice.Client)
        {
            person.ClientNamed = true;
        }

        var rewritten = person.Rewrite(tokens, voice);
        var verb = rewritten[0];
        var rest = rewritten.Skip(1).ToList();
        return Capitalize($"{asker} vraagt of {Join(rest)} {verb.Text.ToLowerInvariant()}") + ".";
    }

    private static List<Token> Clean(IReadOnlyList<Token> sentence)
    {
        var tokens = sentence.Where(t => !DroppedAnywhere.Contains(t.Folded) && !t.IsSentenceEnd).ToList();

        // "hé" and "hoor" at the end of a phrase, and "eerlijk gezegd", add nothing.
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var atPhraseEnd = i == tokens.Count - 1 || tokens[i + 1].IsPunctuation;
            if (tokens[i].Folded is "he" or "hoor" && atPhraseEnd)
            {
                tokens.RemoveAt(i);
                if (i > 0 && tokens[i - 1].Text == ",")
                {
                    tokens.RemoveAt(i - 1);
                    i--;
                }
            }
        }

        while (tokens.Count > 0 && (tokens[0].IsPunctuation || (LeadingInterjections.Contains(tokens[0].Folded) && (tokens.Count == 1 || tokens[1].IsPunctuation || tokens[0].Folded is "en" or "dus" or "ja" or "nee"))))
        {
            tokens.RemoveAt(0);
        }

        RemoveGreeting(tokens);
        RemoveVocative(tokens);
        while (tokens.Count > 0 && tokens[^1].IsPunctuation)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens;
    }

    // "Dag mevrouw Yilmaz, ..." / "Goeiemorgen allemaal, ...": the greeting and whom it greets, up to the comma.
    // Talk phrases like "hoe moet ik het zeggen" go wherever they are.
    private static void RemoveGreeting(List<Token> tokens)
    {
        if (tokens.Count > 0 && Greetings.Contains(tokens[0].Folded))
        {
            var comma = tokens.FindIndex(t => t.Text == ",");
            if (comma > 0 && comma <= 4)
            {
                tokens.RemoveRange(0, comma + 1);
            }
        }

        foreach (var phrase in TalkPhrases)
        {
            for (var i = 0; i + phrase.Length <= tokens.Count; i++)
            {
                if (phrase.Select((w, k) => tokens[i + k].Folded == w).All(x => x))
                {
                    var end = i + phrase.Length;
                    var from = i > 0 && tokens[i - 1].Text == "," ? i - 1 : i;
                    if (from == i && end < tokens.Count && tokens[end].Text == ",")
                    {
                        end++;
                    }

                    tokens.RemoveRange(from, end - from);
                    break;
                }
            }
        }

        while (tokens.Count > 0 && (tokens[0].IsPunctuation || (LeadingInterjections.Contains(tokens[0].Folded) && tokens.Count > 1 && tokens[1].Text == ",")))
        {
            tokens.RemoveAt(0);
        }
    }

    // ", meneer Peeters" or "Meneer Haddad," addresses the person and is no part of the fact.
    private static void RemoveVocative(List<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Folded is not ("mevrouw" or "meneer") || !tokens[i + 1].IsCapitalized || tokens[i + 1].IsPunctuation)
            {
                continue;
            }

            var atStart = i == 0 && i + 2 < tokens.Count && tokens[i + 2].Text == ",";
            var atEnd = i > 0 && tokens[i - 1].Text == "," && (i + 2 == tokens.Count || tokens[i + 2].IsPunctuation);
            if (atStart)
            {
                tokens.RemoveRange(0, 3);
                return;
            }

            if (atEnd)
            {
                tokens.RemoveRange(i - 1, 3);
                return;
            }
        }
    }

    private static string Join(IEnumerable<Token> tokens)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var token in tokens)
        {
            var noSpace = builder.Length == 0 || (token.IsPunctuation && token.Text is "," or "." or ";" or ":" or "?" or "!" or ")") || builder[^1] == '(';
            if (!noSpace)
            {
                builder.Append(' ');
            }

            builder.Append(token.Text);
        }

        return builder.ToString();
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
