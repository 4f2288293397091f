using System.Globalization;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Text;

namespace WhaiNot.Drafting.Verification;

/// <summary>
/// Checks every sentence of a draft against the transcript segments it cites, whatever engine
/// wrote it. A sentence is unsupported when a source does not exist; when a number, time, date,
/// month, weekday or name in it is not in its sources; when it judges or labels the person or
/// gives them an emotion nobody expressed; when it names a person (worker, client, third person)
/// who does not speak, is not addressed and is not named in its sources; or when too little of its content is found in its
/// sources. A worker's own sentence (no sources, status manual) is left as it is.
/// </summary>
public sealed class SourceVerifier
{
    /// <summary>Below this share of content found in the sources, a sentence is unsupported.</summary>
    public const double MinimumContentShare = 0.5;

    // Capitalised words a report uses for the people in the room and the office itself.
    private static readonly HashSet<string> CommonCapitalised = new(StringComparer.Ordinal) { "mevrouw", "meneer", "mijnheer", "ocmw", "client" };

    public Draft Verify(Draft draft, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft with
        {
            Sections = [.. draft.Sections.Select(section => section with
            {
                Sentences = [.. section.Sentences.Select(sentence =>
                {
                    var verdict = Check(sentence, transcript);
                    return sentence with { Status = verdict.Status, Reasons = verdict.Reasons.Count > 0 ? verdict.Reasons : null };
                })],
            })],
        };
    }

    public VerificationReport Report(Draft draft, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var entries = new List<VerificationEntry>();
        foreach (var section in draft.Sections)
        {
            for (var i = 0; i < section.Sentences.Count; i++)
            {
                var verdict = Check(section.Sentences[i], transcript);
                entries.Add(new VerificationEntry(section.Id, i, verdict.Status, verdict.Reasons));
            }
        }

        return new VerificationReport(entries);
    }

    public SentenceVerdict Check(DraftSentence sentence, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(transcript);
        if (sentence.Sources.Count == 0)
        {
            return sentence.Status == SentenceStatus.Manual
                ? new SentenceVerdict(SentenceStatus.Manual, [])
                : new SentenceVerdict(SentenceStatus.Unsupported, ["geen bron opgegeven"]);
        }

        var reasons = new List<string>();
        foreach (var missing in sentence.Sources.Where(id => transcript.IndexOf(id) < 0).Distinct(StringComparer.Ordinal))
        {
            reasons.Add($"bron '{missing}' bestaat niet in het transcript");
        }

        var existing = sentence.Sources.Where(id => transcript.IndexOf(id) >= 0).ToList();
        if (existing.Count > 0)
        {
            // A sentence marked "Spreker nakijken" quotes unattributed words: its quote is checked, it names nobody.
            var text = Extractive.SpeakerToConfirm.Strip(sentence.Text);
            reasons.AddRange(CheckContent(text, new Evidence(transcript, existing)));
            if (!Extractive.SpeakerToConfirm.IsMarked(sentence.Text))
            {
                reasons.AddRange(Attribution.Check(text, transcript, existing));
            }
        }

        return reasons.Count == 0
            ? new SentenceVerdict(SentenceStatus.Supported, [])
            : new SentenceVerdict(SentenceStatus.Unsupported, [.. reasons.Distinct(StringComparer.Ordinal)]);
    }

    private static IEnumerable<string> CheckContent(string text, Evidence evidence)
    {
        var tokens = DutchText.Tokenize(text);
        var facts = FactScanner.Scan(tokens);
        var factTokens = new HashSet<int>();
        var found = 0;
        var total = 0;
        foreach (var fact in facts)
        {
            for (var t = fact.First; t <= fact.Last; t++)
            {
                factTokens.Add(t);
            }

            total++;
            if (evidence.Supports(fact))
            {
                found++;
            }
            else
            {
                yield return FactReason(fact);
            }
        }

        foreach (var (word, kind, _) in PersonLabels.Find(tokens))
        {
            if (!PersonLabels.SaidIn(word, evidence.Tokens))
            {
                yield return kind == LabelKind.Emotion
                    ? $"emotie die niemand uitte: '{word}'"
                    : $"oordeel over de persoon dat niemand uitsprak: '{word}'";
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (factTokens.Contains(i) || !token.IsWord || token.IsDigits)
            {
                continue;
            }

            if (IsName(tokens, i))
            {
                total++;
                var parts = token.Text.Split('-').Where(p => p.Length > 0 && char.IsUpper(p[0]) && !CommonCapitalised.Contains(DutchText.Fold(p)));
                if (parts.All(p => evidence.Words.Contains(DutchText.Fold(p))))
                {
                    found++;
                }
                else
                {
                    yield return $"naam '{token.Text}' staat niet in de bronnen";
                }
            }
            else if (ContentWords.IsContent(token))
            {
                total++;
                if (evidence.Words.Contains(token.Folded))
                {
                    found++;
                }
            }
        }

        if (total > 0 && (found == 0 || (double)found / total < MinimumContentShare))
        {
            yield return $"inhoud niet terug te vinden in de bronnen ({found} van {total} woorden)";
        }
    }

    // A capitalised word inside a sentence is a name (person, place, organisation); the first word of a sentence is not judged by its capital.
    private static bool IsName(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsCapitalized || CommonCapitalised.Contains(token.Folded) || DutchCalendar.Month(token.Folded) > 0 || DutchCalendar.Weekday(token.Folded) > 0)
        {
            return false;
        }

        var previous = i - 1;
        while (previous >= 0 && tokens[previous].IsPunctuation && tokens[previous].Text is "(" or "\"" or "'" or "“" or "«")
        {
            previous--;
        }

        return previous >= 0 && !(tokens[previous].IsPunctuation && tokens[previous].Text is "." or "?" or "!" or ":");
    }

    private static string FactReason(Fact fact) => fact.Kind switch
    {
        FactKind.Number => $"getal {fact.Value.ToString(CultureInfo.InvariantCulture)} staat niet in de bronnen",
        FactKind.Time => $"tijdstip {fact.Display} staat niet in de bronnen",
        FactKind.Date => $"datum {fact.Display} staat niet in de bronnen",
        FactKind.Month => $"maand {fact.Display} staat niet in de bronnen",
        FactKind.Weekday => $"dag {fact.Display} staat niet in de bronnen",
        _ => $"'{fact.Display}' staat niet in de bronnen",
    };
}
