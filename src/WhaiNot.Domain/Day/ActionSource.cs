namespace WhaiNot.Domain.Day;

/// <summary>
/// The sentence of a validated report an action was taken over from: report, its validated version,
/// the section and the sentence's position in it. A validated version never changes, so this keeps
/// pointing at the same sentence.
/// </summary>
public sealed record ActionSource(Guid ReportId, int ReportVersion, string SectionId, int SentenceIndex);
