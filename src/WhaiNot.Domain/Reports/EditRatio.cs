namespace WhaiNot.Domain.Reports;

/// <summary>
/// How much of an engine's draft the worker changed before validating: the word-level edit
/// distance between the two texts divided by the longer one's word count. 0 means validated as
/// drafted, 1 means rewritten completely. A team lead reads it to see whether drafts help.
/// </summary>
public static class EditRatio
{
    public static double Between(string original, string final)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(final);
        var a = Words(original);
        var b = Words(final);
        var longest = Math.Max(a.Length, b.Length);
        return longest == 0 ? 0 : Math.Round((double)Distance(a, b) / longest, 4);
    }

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Distance(string[] a, string[] b)
    {
        // Two rows of the classic Levenshtein table, over words instead of characters.
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
