using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Text;

namespace WhaiNot.Drafting.Verification;

/// <summary>
/// Who a sentence says said or did something, against who speaks in the segments it cites. A
/// sentence that names the worker, the client or a third person must cite a segment in which that
/// person speaks (by its label), is addressed or spoken about (the worker's and a third person's words
/// are about the client; the client's "u" is the worker) or is named ("mevrouw", "de tolk"). Otherwise the client's words may have been put in the worker's mouth,
/// or words of a speaker nobody labelled in anyone's.
/// </summary>
internal static class Attribution
{
    private static readonly (Speaker Role, string[] Phrases)[] Roles =
    [
        (Speaker.Worker, ["de maatschappelijk werker", "de maatschappelijke werker", "de werker", "de consulent"]),
        (Speaker.Client, ["de client", "mevrouw", "meneer", "mijnheer"]),
        (Speaker.Other, ["de tolk", "de begeleider"]),
    ];

    private static readonly HashSet<string> Addressed = new(StringComparer.Ordinal) { "u", "uw", "ge", "gij", "je", "jij", "jou", "jouw" };

    public static IEnumerable<string> Check(string text, Transcript transcript, IReadOnlyList<string> sourceIds)
    {
        var sentence = " " + string.Join(' ', DutchText.Tokenize(text).Where(t => !t.IsPunctuation).Select(t => t.Folded)) + " ";
        var named = Roles.Where(r => r.Phrases.Any(p => sentence.Contains(" " + p + " ", StringComparison.Ordinal))).Select(r => r.Role).ToList();
        if (named.Count == 0)
        {
            yield break;
        }

        var segments = sourceIds.Select(transcript.IndexOf).Where(i => i >= 0).Select(i => transcript.Segments[i]).ToList();
        var present = new HashSet<Speaker>();
        foreach (var segment in segments)
        {
            var words = DutchText.Tokenize(segment.Text).Where(t => !t.IsPunctuation).Select(t => t.Folded).ToList();
            var spoken = " " + string.Join(' ', words) + " ";
            if (segment.Speaker != Speaker.Unknown)
            {
                // The worker and a third person (interpreter, support worker) speak to and about the
                // client, so a sentence about the client may rest on their words; the client's own
                // words carry the worker only where the client addresses them.
                present.Add(segment.Speaker);
                if (segment.Speaker != Speaker.Client || words.Any(Addressed.Contains))
                {
                    present.Add(segment.Speaker == Speaker.Client ? Speaker.Worker : Speaker.Client);
                }
            }

            foreach (var (role, phrases) in Roles)
            {
                if (phrases.Any(p => spoken.Contains(" " + p + " ", StringComparison.Ordinal)) || (role == Speaker.Other && spoken.Contains(" tolk ", StringComparison.Ordinal)))
                {
                    present.Add(role);
                }
            }
        }

        foreach (var role in named.Where(r => !present.Contains(r)))
        {
            var who = role switch { Speaker.Worker => "de maatschappelijk werker", Speaker.Client => "de cliënt", _ => "een derde persoon" };
            yield return segments.All(s => s.Speaker == Speaker.Unknown)
                ? $"de zin legt dit bij {who}, maar wie het zei is in de bron niet bekend"
                : $"de zin legt dit bij {who}, maar in de bron spreekt iemand anders";
        }
    }
}
