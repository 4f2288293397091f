using System.Text.RegularExpressions;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Templates;
using WhaiNot.Domain.Transcripts;

namespace WhaiNot.Drafting.Extractive;

/// <summary>
/// The model-free engine: deterministic, Dutch, CPU only. It assigns transcript segments to the
/// template's sections and writes each as a short third-person sentence close to what was said,
/// citing the segment (and the question before it when the answer means nothing alone). It
/// invents nothing by construction, never fills a humanOnly section, and writes every section in
/// template order. The fallback when no model is present.
/// </summary>
public sealed partial class ExtractiveEngine : IDraftEngine
{
    private readonly LexicalWeights? _weights;

    public ExtractiveEngine()
    {
    }

    /// <summary>An engine with section weights read from a file instead of the shipped ones (`whainot eval --weights`).</summary>
    public ExtractiveEngine(string weightsJson)
    {
        _weights = LexicalWeights.Read(weightsJson);
    }

    public EngineInfo Info { get; } = new("extractive", null, null);

    public Task<Draft> DraftAsync(DraftTemplate template, Transcript transcript, CancellationToken cancellationToken = default) =>
        Task.FromResult(Draft(template, transcript));

    public Draft Draft(DraftTemplate template, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(transcript);
        var assigner = new SectionAssigner(template, _weights);
        var cues = assigner.Sections.ToDictionary(s => s.Section, s => s.Cues, StringComparer.Ordinal);
        var client = PersonReference.For(transcript);
        var otherName = OtherName(transcript);
        var bySection = template.Sections.ToDictionary(s => s.Id, _ => new List<DraftSentence>(), StringComparer.Ordinal);
        foreach (var assignment in assigner.Assign(transcript))
        {
            var segment = transcript.Segments[assignment.Segment];
            var spoken = SpokenSentence.Split(segment.Text);
            if (spoken.Any(x => !Fillers.IsConsentTalk(new SegmentWords(x.Text))))
            {
                // Asking consent to record is no fact, even inside a segment that also says one.
                spoken = [.. spoken.Where(x => !Fillers.IsConsentTalk(new SegmentWords(x.Text)))];
            }

            // A third person's name only where this segment says it: a sentence never names more than its source.
            var writer = new SentenceWriter(client, segment.Text.Contains(otherName, StringComparison.Ordinal) ? otherName : OtherRole(transcript));
            foreach (var (section, sentences) in Distribute(assignment.Sections, spoken, cues))
            {
                var text = assignment.Question is { } q && SpokenSentence.Split(transcript.Segments[q].Text).LastOrDefault(s => s.IsQuestion) is { } question
                    ? writer.WriteWithQuestion(question, sentences, segment.Speaker)
                    : writer.Write(sentences, segment.Speaker, QuestionJustBefore(transcript, assignment.Segment));
                if (text is null)
                {
                    continue;
                }

                IReadOnlyList<string> sources = assignment.Question is { } asked ? [transcript.Segments[asked].Id, segment.Id] : [segment.Id];
                bySection[section].Add(new DraftSentence(text, sources));
            }
        }

        return new Draft(
            new TemplateReference(template.Id, template.Version),
            transcript.Id,
            Info,
            [.. template.Sections.Select(s => new DraftSection(s.Id, s.Heading, s.HumanOnly, s.HumanOnly ? [] : bySection[s.Id]))]);
    }

    // With several sections, each spoken sentence goes where its own cues point; the rest to the first section.
    private static IEnumerable<(string Section, IReadOnlyList<SpokenSentence> Sentences)> Distribute(
        IReadOnlyList<string> sections, IReadOnlyList<SpokenSentence> spoken, Dictionary<string, CueSet> cues)
    {
        if (sections.Count == 1)
        {
            yield return (sections[0], spoken);
            yield break;
        }

        var parts = sections.ToDictionary(s => s, _ => new List<SpokenSentence>(), StringComparer.Ordinal);
        foreach (var sentence in spoken)
        {
            var words = new SegmentWords(sentence.Text);
            var best = sections.Select(s => (s, Score: cues[s].Score(words))).OrderByDescending(p => p.Score).First();
            parts[best.Score > 0 ? best.s : sections[0]].Add(sentence);
        }

        foreach (var section in sections)
        {
            yield return (section, parts[section].Count > 0 ? parts[section] : spoken);
        }
    }

    // The worker's question right before a client's answer, which a bare answer takes its subject from.
    private static SpokenSentence? QuestionJustBefore(Transcript transcript, int index) =>
        index > 0 && transcript.Segments[index - 1].Speaker == Speaker.Worker
            ? SpokenSentence.Split(transcript.Segments[index - 1].Text).LastOrDefault(s => s.IsQuestion)
            : null;

    // A third person who introduces themselves ("Ik ben Sarah, ...") is named; otherwise by role.
    private static string OtherName(Transcript transcript)
    {
        foreach (var segment in transcript.Segments.Where(s => s.Speaker is Speaker.Other))
        {
            var match = SelfIntroduction().Match(segment.Text);
            if (match.Success)
            {
                return match.Groups[1].Value;
            }
        }

        return OtherRole(transcript);
    }

    private static string OtherRole(Transcript transcript) =>
        transcript.Segments.Any(s => s.Speaker == Speaker.Other && s.Text.Contains("tolk", StringComparison.OrdinalIgnoreCase)) ? "de tolk" : "de begeleider";

    [GeneratedRegex(@"\b[Ii]k ben (\p{Lu}\p{Ll}+)")]
    private static partial Regex SelfIntroduction();
}
