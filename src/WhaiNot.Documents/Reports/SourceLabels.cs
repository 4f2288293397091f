using System.Globalization;
using WhaiNot.Domain.Drafts;

namespace WhaiNot.Documents.Reports;

/// <summary>
/// The small reference after each sentence of a report: the times in the recording it rests on, so a
/// reader can listen back, or why there are none.
/// </summary>
internal static class SourceLabels
{
    public const string Removed = "bron verwijderd na intrekking toestemming";
    public const string PartlyRemoved = "deels verwijderd na intrekking toestemming";
    public const string OwnFinding = "eigen vaststelling van de maatschappelijk werker";
    public const string Unsupported = "NIET GESTAAFD";

    public static string For(DraftSentence sentence, Func<string, SourceTime?> lookup)
    {
        // A worker's own sentence cites nothing; saying so keeps it apart from a sentence whose source is gone.
        var label = sentence.Status == SentenceStatus.Manual || sentence.Sources.Count == 0
            ? OwnFinding
            : Times(sentence.Sources, lookup);
        if (sentence.Status == SentenceStatus.Unsupported)
        {
            var reasons = sentence.Reasons is { Count: > 0 } list ? ": " + string.Join("; ", list) : "";
            label = $"{Unsupported}{reasons} — {label}";
        }

        return $"[{label}]";
    }

    public static string Times(IEnumerable<string> sourceIds, Func<string, SourceTime?> lookup)
    {
        var found = new List<SourceTime>();
        var missing = false;
        foreach (var id in sourceIds)
        {
            if (lookup(id) is { } time)
            {
                found.Add(time);
            }
            else
            {
                missing = true;
            }
        }

        if (found.Count == 0)
        {
            return Removed;
        }

        // In recording order, each range once: the order a reader would listen in.
        var ranges = found.OrderBy(t => t.Start).ThenBy(t => t.End).Select(Range).Distinct(StringComparer.Ordinal);
        var label = "bron: " + string.Join(", ", ranges);
        return missing ? $"{label}; {PartlyRemoved}" : label;
    }

    // Start rounded down and end rounded up, so the range always covers the whole segment.
    public static string Range(SourceTime time) => $"{Clock(Math.Floor(time.Start))}–{Clock(Math.Ceiling(time.End))}";

    public static string Clock(double seconds)
    {
        var (hours, rest) = Math.DivRem((long)seconds, 3600);
        var (minutes, secs) = Math.DivRem(rest, 60);
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{secs:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes:00}:{secs:00}");
    }
}
