namespace WhaiNot.Domain.Templates;

/// <summary>
/// Words and phrases by which the extractive engine recognises a section's topic. A cue is one or
/// more word patterns; '*' at either end of a word matches any start or ending ("huur*",
/// "*straat"); "#date", "#time" and "#weekday" match a spoken date, clock time or weekday.
/// <see cref="Worker"/> lists what makes a worker's own words count for this section (an
/// agreement, say); with none, the worker's words never fill it. <see cref="Closing"/> marks a
/// topic that belongs to the end of a conversation (agreements): early on, a date or "vandaag" is
/// more likely a birth date or an aside than an agreement, so its cues count less there.
/// </summary>
public sealed record SectionCues(IReadOnlyList<string> Strong, IReadOnlyList<string> Weak, IReadOnlyList<string> Worker, bool Closing = false)
{
    public static SectionCues None { get; } = new([], [], []);

    public bool IsEmpty => Strong.Count == 0 && Weak.Count == 0 && Worker.Count == 0;
}
