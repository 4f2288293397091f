using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Text;

namespace WhaiNot.Drafting.Extractive;

/// <summary>
/// How the report names the client: "mevrouw" or "meneer" when the worker addresses the client
/// that way, else "de cliënt". <see cref="Subject"/> is used for the first mention in a sentence,
/// <see cref="Pronoun"/> after that.
/// </summary>
internal sealed record PersonReference(string Subject, string Pronoun, string Object, string Possessive)
{
    public static PersonReference Woman { get; } = new("mevrouw", "ze", "haar", "haar");

    public static PersonReference Man { get; } = new("meneer", "hij", "hem", "zijn");

    public static PersonReference Neutral { get; } = new("de cliënt", "de cliënt", "de cliënt", "zijn of haar");

    /// <summary>Counts how the worker addresses the client; a clear majority decides.</summary>
    public static PersonReference For(Transcript transcript)
    {
        var woman = 0;
        var man = 0;
        foreach (var segment in transcript.Segments.Where(s => s.Speaker == Speaker.Worker))
        {
            foreach (var token in DutchText.Tokenize(segment.Text))
            {
                if (token.Folded == "mevrouw")
                {
                    woman++;
                }
                else if (token.Folded is "meneer" or "mijnheer")
                {
                    man++;
                }
            }
        }

        return woman > 2 * man ? Woman : man > 2 * woman ? Man : Neutral;
    }
}
