namespace WhaiNot.Drafting.Verification;

/// <summary>Whether a word judges a person (motivation, character, diagnosis) or attributes an emotion.</summary>
internal enum LabelKind
{
    Judgement,
    Emotion,
}
