using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Text;

namespace WhaiNot.Drafting.Verification;

/// <summary>
/// What a sentence may rest on: the text of its cited segments, plus, for a cited answer, the
/// worker's question just before it. An answer such as "Vijftien april." only means something
/// with its question, and a worker writes "woont alleen" citing only the "Ja, alleen." that
/// answered "Woont u alleen?".
/// </summary>
internal sealed class Evidence
{
    public Evidence(Transcript transcript, IEnumerable<string> sourceIds)
    {
        var texts = new List<string>();
        foreach (var id in sourceIds)
        {
            var index = transcript.IndexOf(id);
            if (index < 0)
            {
                continue;
            }

            var segment = transcript.Segments[index];
            texts.Add(segment.Text);
            if (segment.Speaker != Speaker.Worker && index > 0 && transcript.Segments[index - 1] is { Speaker: Speaker.Worker } question
                && question.Text.Contains('?', StringComparison.Ordinal))
            {
                texts.Add(question.Text);
            }
        }

        // Each text is tokenized apart, so numbers at the end of one never join the start of the next.
        var tokenLists = texts.Select(DutchText.Tokenize).ToList();
        Tokens = [.. tokenLists.SelectMany(t => t)];
        Facts = [.. tokenLists.SelectMany(FactScanner.Scan)];
        Words = new ContentWords(Tokens);
        foreach (var fact in Facts)
        {
            switch (fact.Kind)
            {
                case FactKind.Number:
                    Numbers.Add(fact.Value);
                    break;
                case FactKind.Time:
                    Times.Add(fact.Value);
                    Numbers.Add(fact.Value / 60);
                    Numbers.Add((fact.Value / 60) + 12);
                    break;
                case FactKind.Date:
                    Dates.Add(fact.Value);
                    Numbers.Add(fact.Value / 100);
                    Months.Add(fact.Value % 100);
                    break;
                case FactKind.Month:
                    Months.Add(fact.Value);
                    break;
                case FactKind.Weekday:
                    Weekdays.Add(fact.Value);
                    break;
                default:
                    break;
            }
        }
    }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<Fact> Facts { get; }

    public ContentWords Words { get; }

    public HashSet<long> Numbers { get; } = [];

    public HashSet<long> Times { get; } = [];

    public HashSet<long> Dates { get; } = [];

    public HashSet<long> Months { get; } = [];

    public HashSet<long> Weekdays { get; } = [];

    public bool Supports(Fact fact) => fact.Kind switch
    {
        FactKind.Number => Numbers.Contains(fact.Value),
        FactKind.Time => Times.Contains(fact.Value),
        FactKind.Date => Dates.Contains(fact.Value),
        FactKind.Month => Months.Contains(fact.Value),
        FactKind.Weekday => Weekdays.Contains(fact.Value),
        _ => false,
    };
}
