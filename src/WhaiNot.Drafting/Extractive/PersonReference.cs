using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Text;

namespace WhaiNot.Drafting.Extractive;

/// <summary>
/// How the report names the client: "mevrouw" or "meneer" when the conversation speaks of the client
/// that way, else "de cliënt". <see cref="Subject"/> is used for the first mention in a sentence,
/// <see cref="Pronoun"/> after that.
/// </summary>
internal sealed record PersonReference(string Subject, string Pronoun, string Object, string Possessive)
{
    public static PersonReference Woman { get; } = new("mevrouw", "ze", "haar", "haar");

    public static PersonReference Man { get; } = new("meneer", "hij", "hem", "zijn");

    public static PersonReference Neutral { get; } = new("de cliënt", "de cliënt", "de cliënt", "zijn of haar");

    /// <summary>
    /// Counts how the client is spoken of where it is said: "mevrouw"/"meneer" from the worker, an
    /// interpreter or an unlabelled speaker, and an interpreter's "hij zegt"/"ze zegt"; a clear majority decides.
    /// </summary>
    public static PersonReference For(Transcript transcript)
    {
        var woman = 0;
        var man = 0;
        foreach (var segment in transcript.Segments.Where(s => s.Speaker != Speaker.Client))
        {
            var tokens = DutchText.Tokenize(segment.Text).Where(t => !t.IsPunctuation).ToList();
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (token.Folded == "mevrouw")
                {
                    woman++;
                }
                else if (token.Folded is "meneer" or "mijnheer")
                {
                    man++;
                }
                else if (segment.Speaker == Speaker.Other && i + 1 < tokens.Count && tokens[i + 1].Folded == "zegt")
                {
                    man += token.Folded == "hij" ? 1 : 0;
                    woman += token.Folded is "ze" or "zij" ? 1 : 0;
                }
            }
        }

        return woman > 2 * man ? Woman : man > 2 * woman ? Man : Neutral;
    }
}
