using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Transcripts;

namespace WhaiNot.Drafting.Evaluation;

/// <summary>
/// One sample: a transcript, its gold section labels, the template it is drafted in, and (for the
/// reference and own cases) a draft with planted errors for the verifier; evaluation-set cases have none.
/// </summary>
public sealed record SampleCase(string Name, Transcript Transcript, IReadOnlyList<GoldLabel> Gold, TemplateReference Template, Draft? TrapDraft, IReadOnlyList<TrapMark> Traps);
