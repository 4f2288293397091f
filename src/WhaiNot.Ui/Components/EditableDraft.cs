using WhaiNot.Domain.Drafts;

namespace WhaiNot.Ui.Components;

/// <summary>The report as the worker edits it on screen: mutable sentences, turned back into the draft contract on save.</summary>
public sealed class EditableDraft
{
    private readonly Draft _source;

    public EditableDraft(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        _source = draft;
        Sections = draft.Sections.Select(s => new Section(s.Id, s.Heading, s.HumanOnly, s.Sentences.Select(t => new Sentence(t)).ToList()) { NotApplicable = s.NotApplicable }).ToList();
    }

    public IReadOnlyList<Section> Sections { get; }

    public bool Dirty { get; set; }

    public Draft ToDraft() => _source with
    {
        Sections = Sections.Select(s => new DraftSection(s.Id, s.Heading, s.HumanOnly, s.Sentences.Select(t => t.ToSentence()).ToList(), s.NotApplicable)).ToList(),
    };

    public sealed record Section(string Id, string Heading, bool HumanOnly, List<Sentence> Sentences)
    {
        /// <summary>The worker's "niet van toepassing" for a section left empty on purpose.</summary>
        public bool NotApplicable { get; set; }
    }

    public sealed class Sentence
    {
        private readonly string _originalText;

        public Sentence(DraftSentence sentence)
        {
            ArgumentNullException.ThrowIfNull(sentence);
            Text = sentence.Text;
            _originalText = sentence.Text;
            Sources = sentence.Sources;
            Status = sentence.Status;
            Reasons = sentence.Reasons ?? [];
        }

        public Sentence()
        {
            Text = "";
            _originalText = "";
            Sources = [];
            Reasons = [];
        }

        public string Text { get; set; }

        public IReadOnlyList<string> Sources { get; }

        public SentenceStatus? Status { get; }

        public IReadOnlyList<string> Reasons { get; }

        /// <summary>Unsupported as the verifier last said, and not yet changed by the worker.</summary>
        public bool Unsupported => Status == SentenceStatus.Unsupported && Text == _originalText;

        public DraftSentence ToSentence() => new(Text, Sources);
    }
}
