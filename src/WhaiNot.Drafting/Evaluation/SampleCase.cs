
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Transcripts;

namespace WhaiNot.Drafting.Evaluation;

/// <summary>One sample: a transcript, its gold section labels, and a draft with planted errors.</summary>
public sealed record SampleCase(string Name, Transcript Transcript, IReadOnlyList<GoldLabel> Gold, Draft TrapDraft, IReadOnlyList<TrapMark> Traps);
