using WhaiNot.Domain.Templates;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Text;

namespace WhaiNot.Drafting.Extractive;

/// <summary>
/// Decides which template sections a segment's facts belong to. A segment scores on the cues it
/// contains itself, on the topic of the worker's question just before it ("Dan de woning. Hoeveel
/// huur betaalt u?" makes "Zeshonderdtwintig euro." a housing fact), and on the section of the
/// client's previous segment when the client goes on talking. A segment also goes to a second
/// section when its own words carry a strong cue for it. Greetings, small talk, consent talk,
/// questions and the worker's explanations carry no facts and get no section; the worker's own
/// words only count where a section accepts them (agreements).
/// </summary>
internal sealed class SectionAssigner
{
    private const double QuestionWeight = 2.0;
    private const double ContinuationWeight = 1.0;
    private const double MinimumScore = 2.0;
    private const double SecondaryMinimum = 2.0;
    // A second section needs three quarters of the best one's score (0.5 let topics bleed; chosen on the tuning, reference and own cases).
    private const double SecondaryRatio = 0.75;
    private const int QuestionReach = 3;

    private readonly IReadOnlyList<(TemplateSection Section, CueSet Cues)> _sections;

    // How much the learned weights count beside the template's cues (2 per strong cue, 1 per weak);
    // chosen by two-fold cross-validation on the tuning set (0, 0.5, 1 and 1.5 tried; see docs/drafting.md).
    private const double LearnedWeight = 0.5;

    // Above this share of the worker's statements carrying a fact in the learning cases, the worker's own words count.
    private const double WorkerStatementThreshold = 0.5;

    private readonly bool _workerStatements;
    private readonly LexicalWeights _weights;

    public SectionAssigner(DraftTemplate template, LexicalWeights? weights = null)
    {
        _sections = [.. template.Sections.Where(s => !s.HumanOnly).Select(s => (s, new CueSet(s.Cues)))];
        _weights = weights ?? LexicalWeights.Shipped;
        _workerStatements = _weights.WorkerStatementShare.GetValueOrDefault(template.Id) >= WorkerStatementThreshold;
    }

    private double[] Learned(string text, string? question)
    {
        var features = LexicalFeatures.Of(text, question);
        return [.. _sections.Select(s => LearnedWeight * _weights.Score(s.Section.Id, features))];
    }

    public IReadOnlyList<(string Section, CueSet Cues)> Sections => [.. _sections.Select(s => (s.Section.Id, s.Cues))];

    public IReadOnlyList<Assignment> Assign(Transcript transcript)
    {
        var words = transcript.Segments.Select(s => new SegmentWords(s.Text)).ToList();
        var assignments = new List<Assignment>();
        IReadOnlyList<string> previous = [];
        for (var i = 0; i < transcript.Segments.Count; i++)
        {
            var segment = transcript.Segments[i];
            var position = transcript.Segments.Count > 1 ? (double)i / (transcript.Segments.Count - 1) : 1;
            var asking = AsksLikeTheWorker(segment);
            var assignment = asking ? AssignWorker(i, words[i], position) ?? AssignStatement(transcript, words, i, position) : AssignSpeaker(transcript, words, i, previous, position);
            previous = asking ? [] : assignment?.Sections ?? [];
            if (assignment is not null)
            {
                assignments.Add(assignment);
            }
        }

        return assignments;
    }

    // Closing topics (agreements) gain weight as the conversation nears its end.
    private static double PositionFactor(CueSet cues, double position) => !cues.Closing ? 1 : position < 1.0 / 3 ? 0.25 : position < 0.5 ? 0.6 : 1;

    private Assignment? AssignWorker(int index, SegmentWords words, double position)
    {
        if (Fillers.IsConsentTalk(words))
        {
            return null;
        }

        var best = _sections
            .Where(s => s.Cues.AcceptsWorker && s.Cues.AcceptsWorkerWords(words))
            .Select(s => (s.Section.Id, Score: s.Cues.Score(words) * PositionFactor(s.Cues, position)))
            .Where(s => s.Score >= MinimumScore)
            .OrderByDescending(s => s.Score)
            .FirstOrDefault();
        return best.Id is null ? null : new Assignment(index, [best.Id], null);
    }

    // In templates where the worker's own words carry the case (a summary, a goal, the rights
    // stated), a worker's statement scores on its own cues like any other segment.
    private Assignment? AssignStatement(Transcript transcript, List<SegmentWords> words, int index, double position)
    {
        if (!_workerStatements)
        {
            return null;
        }

        // The consent question ("Mag ik opnemen?") is left out; the rest of the segment still counts.
        var kept = SpokenSentence.Split(transcript.Segments[index].Text).Where(x => !Fillers.IsConsentTalk(new SegmentWords(x.Text))).ToList();
        if (kept.Where(x => !x.IsQuestion).All(x => new SegmentWords(x.Text).ContentCount == 0))
        {
            return null;
        }

        var own = new SegmentWords(string.Join(' ', kept.Select(x => x.Text)));

        var learned = Learned(string.Join(' ', kept.Select(x => x.Text)), null);
        var scores = _sections.Select((s, k) => (s.Cues.Score(own) * PositionFactor(s.Cues, position)) + learned[k]).ToArray();
        var best = Array.IndexOf(scores, scores.Max());
        if (scores[best] < MinimumScore)
        {
            return null;
        }

        var sections = new List<string> { _sections[best].Section.Id };
        for (var s = 0; s < scores.Length; s++)
        {
            if (s != best && scores[s] >= SecondaryMinimum && scores[s] >= scores[best] * SecondaryRatio)
            {
                sections.Add(_sections[s].Section.Id);
            }
        }

        return new Assignment(index, sections, null);
    }

    private Assignment? AssignSpeaker(Transcript transcript, List<SegmentWords> words, int index, IReadOnlyList<string> previous, double position)
    {
        var own = words[index];
        var question = QuestionBefore(transcript, index);
        if (own.ContentCount == 0 || Fillers.IsConsentTalk(own) || (question is { } q && Fillers.IsConsentTalk(words[q]) && own.ContentCount <= 3))
        {
            return null;
        }

        // A question on its own carries no fact ("Wat is dat?"); a request next to a statement does.
        var spoken = SpokenSentence.Split(transcript.Segments[index].Text);
        if (spoken.Where(x => !x.IsQuestion).All(x => new SegmentWords(x.Text).ContentCount == 0))
        {
            return null;
        }

        var ownScores = _sections.Select(s => s.Cues.Score(own) * PositionFactor(s.Cues, position)).ToArray();
        var topic = new double[_sections.Count];
        var asked = -1;
        if (question is { } q2)
        {
            var questionScores = _sections.Select(s => s.Cues.Score(words[q2]) * PositionFactor(s.Cues, position)).ToArray();
            var max = questionScores.Max();
            asked = q2 == index - 1 && max >= MinimumScore ? Array.IndexOf(questionScores, max) : -1;
            for (var s = 0; s < topic.Length && max >= 1; s++)
            {
                topic[s] = questionScores[s] / max;
            }
        }

        var learned = Learned(transcript.Segments[index].Text, question is { } q3 ? transcript.Segments[q3].Text : null);
        var combined = new double[_sections.Count];
        for (var s = 0; s < combined.Length; s++)
        {
            combined[s] = ownScores[s] + learned[s] + (QuestionWeight * topic[s]) + (previous.Contains(_sections[s].Section.Id) ? ContinuationWeight : 0);
        }

        var best = Array.IndexOf(combined, combined.Max());
        if (combined[best] < MinimumScore)
        {
            return null;
        }

        // A direct answer keeps the topic of its question, whatever else it touches.
        var sections = new List<string> { _sections[best].Section.Id };
        if (asked >= 0 && asked != best)
        {
            sections.Add(_sections[asked].Section.Id);
        }

        for (var s = 0; s < combined.Length; s++)
        {
            if (s != best && s != asked && ownScores[s] >= SecondaryMinimum && ownScores[s] >= ownScores[best] * SecondaryRatio)
            {
                sections.Add(_sections[s].Section.Id);
            }
        }

        var elliptic = question is not null && !DutchText.Tokenize(transcript.Segments[index].Text).Any(t => ContentWords.IsContent(t) && !Fillers.IsFiller(t.Folded));
        return new Assignment(index, sections, elliptic && EndsWithQuestion(transcript.Segments[question!.Value].Text) ? question : null);
    }

    private static int? QuestionBefore(Transcript transcript, int index)
    {
        for (var j = index - 1; j >= 0 && j >= index - QuestionReach; j--)
        {
            if (AsksLikeTheWorker(transcript.Segments[j]))
            {
                return j;
            }
        }

        return null;
    }

    // Live capture labels every segment unknown until someone corrects it: an unknown segment that
    // asks something is read as the worker's question, so the answer after it keeps its topic.
    private static bool AsksLikeTheWorker(TranscriptSegment segment) =>
        segment.Speaker == Speaker.Worker || (segment.Speaker == Speaker.Unknown && segment.Text.Contains('?', StringComparison.Ordinal));

    private static bool EndsWithQuestion(string text) => text.TrimEnd().EndsWith('?');
}
