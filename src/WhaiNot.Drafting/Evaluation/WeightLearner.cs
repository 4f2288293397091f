using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Extractive;

namespace WhaiNot.Drafting.Evaluation;

/// <summary>
/// Learns the extractive engine's section weights from labelled cases (`whainot eval learn`): every
/// segment that says something (not only a question), with its features and gold sections.
/// </summary>
public static class WeightLearner
{
    public static string LearnJson(IReadOnlyList<SampleCase> cases) => Learn(cases).ToJson();

    internal static LexicalWeights Learn(IReadOnlyList<SampleCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var segments = new List<LabelledSegment>();
        foreach (var sample in cases)
        {
            var gold = sample.Gold.ToDictionary(g => g.Segment, g => g.Sections, StringComparer.Ordinal);
            var list = sample.Transcript.Segments;
            for (var i = 0; i < list.Count; i++)
            {
                var segment = list[i];
                var spoken = SpokenSentence.Split(segment.Text);
                if (spoken.Where(x => !x.IsQuestion).All(x => new SegmentWords(x.Text).ContentCount == 0) || Fillers.IsConsentTalk(new SegmentWords(segment.Text)))
                {
                    continue;
                }

                var worker = segment.Speaker == Speaker.Worker;
                var question = worker ? null : QuestionBefore(list, i);
                segments.Add(new LabelledSegment(sample.Template.Id, worker, LexicalFeatures.Of(segment.Text, question), gold.GetValueOrDefault(segment.Id) ?? []));
            }
        }

        return LexicalWeights.Learn(segments);
    }

    private static string? QuestionBefore(IReadOnlyList<TranscriptSegment> segments, int index)
    {
        for (var j = index - 1; j >= 0 && j >= index - 3; j--)
        {
            if (segments[j].Speaker == Speaker.Worker || (segments[j].Speaker == Speaker.Unknown && segments[j].Text.Contains('?', StringComparison.Ordinal)))
            {
                return segments[j].Text;
            }
        }

        return null;
    }
}
