
using WhaiNot.Domain.Templates;

namespace WhaiNot.Drafting.Extractive;

/// <summary>A section's cues compiled for matching against <see cref="SegmentWords"/>.</summary>
internal sealed class CueSet
{
    private readonly IReadOnlyList<string[]> _strong;
    private readonly IReadOnlyList<string[]> _weak;
    private readonly IReadOnlyList<string[]> _worker;

    public CueSet(SectionCues cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        _strong = Compile(cues.Strong);
        _weak = Compile(cues.Weak);
        _worker = Compile(cues.Worker);
        Closing = cues.Closing;
    }

    public bool Closing { get; }

    public bool AcceptsWorker => _worker.Count > 0;

    /// <summary>Two points per strong cue and one per weak cue found, each cue counted once.</summary>
    public double Score(SegmentWords words) => (2 * _strong.Count(c => Matches(c, words))) + _weak.Count(c => Matches(c, words));

    /// <summary>Whether the worker's own words count for this section (an agreement, say).</summary>
    public bool AcceptsWorkerWords(SegmentWords words) => _worker.Any(c => Matches(c, words));

    private static string[][] Compile(IReadOnlyList<string> cues) => [.. cues.Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    private static bool Matches(string[] cue, SegmentWords words)
    {
        for (var start = 0; start < words.Words.Count; start++)
        {
            if (MatchesAt(cue, 0, words, start))
            {
                return true;
            }
        }

        return false;
    }

    // A lone "*" stands for one to three words of the same sentence.
    private static bool MatchesAt(string[] cue, int part, SegmentWords words, int position)
    {
        if (part == cue.Length)
        {
            return true;
        }

        if (cue[part] == "*")
        {
            for (var skip = 1; skip <= 3 && position + skip <= words.Words.Count; skip++)
            {
                if (words.Words[position + skip - 1] == SegmentWords.Break)
                {
                    return false;
                }

                if (MatchesAt(cue, part + 1, words, position + skip))
                {
                    return true;
                }
            }

            return false;
        }

        return position < words.Words.Count && WordMatches(cue[part], words.Words[position], words.Marks[position]) && MatchesAt(cue, part + 1, words, position + 1);
    }

    private static bool WordMatches(string pattern, string word, string? mark)
    {
        if (word == SegmentWords.Break)
        {
            return false;
        }

        if (pattern[0] == '#')
        {
            return mark == pattern;
        }

        var start = pattern[0] == '*';
        var end = pattern[^1] == '*';
        var core = pattern.Trim('*');
        return (start, end) switch
        {
            (true, true) => word.Contains(core, StringComparison.Ordinal),
            (true, false) => word.EndsWith(core, StringComparison.Ordinal) && word.Length > core.Length,
            (false, true) => word.StartsWith(core, StringComparison.Ordinal),
            _ => word == core,
        };
    }
}
